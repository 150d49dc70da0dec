package io.redifu.it.domain;

/** Lifecycle of an account. */
public enum AccountStatus {
  ACTIVE,
  SUSPENDED
}
