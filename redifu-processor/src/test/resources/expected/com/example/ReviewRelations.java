package com.example;

import io.redifu.annotation.MissingRelation;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.model.Relations;
import io.redifu.runtime.internal.model.Resolved;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The {@code @RandIdRef}s of {@link Review}: what a fetch resolves, and where it puts the entities.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Review"
)
public final class ReviewRelations implements Relations<Review> {
  /**
   * Fills {@code post} with the {@link Post} that {@code postRandId} references; if one is missing: {@code NULL}.
   */
  static final Relation<Review, Post> POST = Relation.one("post", "postRandId", () -> PostCache.SPEC, MissingRelation.NULL, Review::postRandId);

  /**
   * Fills {@code readers} with the {@link Account}s that {@code readerRandIds} reference; if one is missing: {@code FAIL}.
   */
  static final Relation<Review, Account> READERS = Relation.many("readers", "readerRandIds", () -> AccountCache.SPEC, MissingRelation.FAIL, Review::readerRandIds);

  private static final List<Relation<Review, ?>> ALL = List.of(POST, READERS);

  private ReviewRelations() {
  }

  /**
   * Returns the relations of {@link Review}.
   */
  public static ReviewRelations create() {
    return new ReviewRelations();
  }

  @Override
  public List<Relation<Review, ?>> all() {
    return ALL;
  }

  @Override
  public Review inject(Review item, Resolved resolved) {
    return new Review(item.randId(), item.postRandId(), resolved.one(POST, item.postRandId()), item.readerRandIds(), resolved.many(READERS, item.readerRandIds()), item.note(), item.createdAt());
  }
}
