package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/** An entity named like the instance class its timeline cache nests. */
@Entity
@Timeline(key = "instances:{ownerRandId}")
public class Instance extends BaseRecord {}
