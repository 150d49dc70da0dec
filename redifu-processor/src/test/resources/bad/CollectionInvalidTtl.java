package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.runtime.BaseRecord;

@Entity
@Sorted(
    key = "post:{postRandId}:comments",
    ttl = "2 days")
public class CollectionInvalidTtl extends BaseRecord {}
