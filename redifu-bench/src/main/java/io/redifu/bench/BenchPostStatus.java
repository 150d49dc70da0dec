package io.redifu.bench;

/** Publication state of a {@link BenchPost}. */
public enum BenchPostStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
