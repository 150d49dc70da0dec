package io.redifu.runtime;

/**
 * Redis could not be reached, refused the configured credentials (authentication or ACL
 * permission), or no connection became free in time; the cause, a Jedis exception, says which. Also
 * thrown to a caller that waited for the same work another thread of this JVM runs (a {@code
 * getOrLoad} of the same id, a seed of the same collection) and gave up: after its bound (cause
 * {@code TimeoutException}; for {@code getOrLoad} the builder's {@code timeout}, for a seed the
 * seed lock's 30 s) or when interrupted (cause {@code InterruptedException}; the thread's interrupt
 * flag is set again).
 */
public class RedisUnavailableException extends RedifuException {
  private static final long serialVersionUID = 1L;

  public RedisUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
