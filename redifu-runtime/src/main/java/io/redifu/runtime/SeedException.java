package io.redifu.runtime;

/** Loading data from SQL failed; nothing was written to Redis. The message names the query. */
public class SeedException extends RedifuException {
  private static final long serialVersionUID = 1L;

  public SeedException(String message) {
    super(message);
  }

  public SeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
