package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.runtime.BaseRecord;

@Entity
@Sorted(
    key = "post:{postRandId}:comments:{postRandId}",
    ttl = "1d")
public class CollectionKeyDuplicatePlaceholder extends BaseRecord {}
