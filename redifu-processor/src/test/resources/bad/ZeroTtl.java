package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "post:{randId}",
    ttl = "0s")
public class ZeroTtl extends BaseRecord {}
