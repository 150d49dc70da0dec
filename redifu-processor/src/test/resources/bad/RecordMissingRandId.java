package test;

import io.redifu.annotation.Entity;

@Entity
public record RecordMissingRandId(long randId, String name) {}
