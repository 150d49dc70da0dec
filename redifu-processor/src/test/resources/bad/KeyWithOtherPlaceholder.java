package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "user:{userRandId}:post:{randId}",
    ttl = "7d")
public class KeyWithOtherPlaceholder extends BaseRecord {}
