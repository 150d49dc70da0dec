package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "post:{randId}",
    ttl = "7x")
public class InvalidTtlUnit extends BaseRecord {}
