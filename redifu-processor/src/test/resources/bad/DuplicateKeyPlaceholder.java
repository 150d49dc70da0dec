package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "post:{randId}:{randId}",
    ttl = "7d")
public class DuplicateKeyPlaceholder extends BaseRecord {}
