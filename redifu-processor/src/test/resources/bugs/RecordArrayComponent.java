package test;

import io.redifu.annotation.Entity;

@Entity
public record RecordArrayComponent(
    String randId,
    byte[] payload) {}
