package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Sorted;
import java.util.List;

/**
 * A review of a post, declared as a record: a one-to-one relation to the post and a one-to-many
 * relation to the accounts that read it. A post's reviews are sorted by creation time.
 *
 * @param createdAt epoch milliseconds
 */
@Entity(key = "review:{randId}", ttl = "7d")
@Sorted(key = "reviews:{postRandId}", sortBy = "createdAt")
public record Review(
    String randId,
    @RandIdRef String postRandId,
    Post post,
    @RandIdRef List<String> readerRandIds,
    List<Account> readers,
    long createdAt) {}
