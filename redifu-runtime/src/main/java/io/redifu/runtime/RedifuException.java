package io.redifu.runtime;

/** Root of every exception redifu throws; unchecked. */
public class RedifuException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RedifuException(String message) {
    super(message);
  }

  public RedifuException(String message, Throwable cause) {
    super(message, cause);
  }
}
