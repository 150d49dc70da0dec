package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "post:{randId}",
    ttl = "0",
    missingTtl = "0")
public class MissingTtlNoExpiry extends BaseRecord {}
