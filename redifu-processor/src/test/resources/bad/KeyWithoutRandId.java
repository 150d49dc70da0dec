package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "post",
    ttl = "7d")
public class KeyWithoutRandId extends BaseRecord {}
