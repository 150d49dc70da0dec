package io.redifu.runtime;

/**
 * Redis could not be reached, refused the configured credentials (authentication or ACL
 * permission), or no connection became free in time. The cause, a Jedis exception, says which.
 */
public class RedisUnavailableException extends RedifuException {
  private static final long serialVersionUID = 1L;

  public RedisUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
