package io.redifu.spring.boot;

import io.redifu.runtime.Redifu;
import javax.net.ssl.SSLSocketFactory;

/**
 * A {@link RedisTarget} and the TLS socket factory of its SSL bundle ({@code null}: the JVM's
 * default trust, or no TLS).
 */
public record RedisConnection(RedisTarget target, SSLSocketFactory sslSocketFactory) {
  public RedisConnection(RedisTarget target) {
    this(target, null);
  }

  /** Points {@code builder} at the target, with the bundle's socket factory if there is one. */
  public void applyTo(Redifu.Builder builder) {
    target.applyTo(builder);
    if (sslSocketFactory != null) {
      builder.sslSocketFactory(sslSocketFactory);
    }
  }

  @Override
  public String toString() {
    return target + (sslSocketFactory != null ? " with an SSL bundle" : "");
  }
}
