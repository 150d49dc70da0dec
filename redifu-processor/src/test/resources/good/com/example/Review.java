package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.MissingRelation;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Transient;
import java.util.List;

/**
 * Relations of a record entity: one-to-one and one-to-many; injection rebuilds the record and keeps
 * the transient component.
 */
@Entity(key = "review:{randId}")
public record Review(
    String randId,
    @RandIdRef String postRandId,
    Post post,
    @RandIdRef(onMissing = MissingRelation.FAIL) List<String> readerRandIds,
    List<Account> readers,
    @Transient String note,
    long createdAt) {}
