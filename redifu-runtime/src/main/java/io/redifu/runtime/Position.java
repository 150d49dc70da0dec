package io.redifu.runtime;

/** Where a fetched page lies in its collection. */
public enum Position {
  /** The page starts at the top of the collection. */
  FIRST_PAGE,
  /** Neither the first page nor known to be the last. */
  MIDDLE_PAGE,
  /** The cache is complete and this page reaches the end of the collection. */
  LAST_PAGE
}
