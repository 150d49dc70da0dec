package io.redifu.runtime;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Convenient superclass of entities: a {@code randId} that names the entity's document, and its
 * creation and update times. Call {@link #init()} on a new entity before storing it.
 */
public abstract class BaseRecord {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int RAND_ID_LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private String randId;
  private Instant createdAt;
  private Instant updatedAt;

  /**
   * Gives a new entity a fresh randId and sets {@code createdAt} and {@code updatedAt} to now,
   * truncated to microseconds, the precision of collection scores and of PostgreSQL and MariaDB
   * timestamps, so the document and its SQL row agree.
   */
  public void init() {
    randId = newRandId();
    createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    updatedAt = createdAt;
  }

  /** Sets {@code updatedAt} to now; call it before storing a changed entity. */
  public void touch() {
    updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * A new random id: 16 characters from {@code [A-Za-z0-9]} (about 95 bits) drawn from a {@link
   * SecureRandom}, so ids cannot be guessed from one another.
   */
  public static String newRandId() {
    char[] id = new char[RAND_ID_LENGTH];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(id);
  }

  public String getRandId() {
    return randId;
  }

  public void setRandId(String randId) {
    this.randId = randId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
