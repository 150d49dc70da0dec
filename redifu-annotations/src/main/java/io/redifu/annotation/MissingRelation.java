package io.redifu.annotation;

/** What a fetch does when an item references an entity whose document cannot be found. */
public enum MissingRelation {
  /** Leave the injected property {@code null} and report the id in the result. */
  NULL,
  /** Drop the referencing item from the result and report its id. */
  SKIP_PARENT,
  /** Fail the fetch with an exception naming the missing id. */
  FAIL
}
