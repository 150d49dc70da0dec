package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/** An entity named like the functional interface its timeline cache nests. */
@Entity
@Timeline(key = "seeders:{ownerRandId}")
public class Seeder extends BaseRecord {}
