package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(
    key = "post:{randId}",
    missingTtl = "5 minutes")
public class MissingTtlMalformed extends BaseRecord {}
