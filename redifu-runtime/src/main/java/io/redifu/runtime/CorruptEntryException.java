package io.redifu.runtime;

/** A value in Redis could not be decoded into the expected entity. */
public class CorruptEntryException extends RedifuException {
  private static final long serialVersionUID = 1L;

  private final String key;

  public CorruptEntryException(String key, String entity, Throwable cause) {
    super(
        "Redis key \""
            + key
            + "\" does not hold a valid "
            + entity
            + " document: "
            + cause.getMessage(),
        cause);
    this.key = key;
  }

  /** The Redis key whose value is corrupt. */
  public String key() {
    return key;
  }
}
