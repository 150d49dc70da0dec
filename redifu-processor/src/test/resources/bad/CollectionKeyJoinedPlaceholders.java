package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.runtime.BaseRecord;

@Entity
@Sorted(
    key = "tenant:{tenantId}{postRandId}:comments",
    ttl = "1d")
public class CollectionKeyJoinedPlaceholders extends BaseRecord {}
