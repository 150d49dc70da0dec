package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "post:{randId}",
    missingTtl = "0s")
public class MissingTtlZeroDuration extends BaseRecord {}
