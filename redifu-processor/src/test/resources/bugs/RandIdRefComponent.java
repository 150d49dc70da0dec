package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;

@Entity
public record RandIdRefComponent(
    String randId,
    @RandIdRef String authorRandId) {}
