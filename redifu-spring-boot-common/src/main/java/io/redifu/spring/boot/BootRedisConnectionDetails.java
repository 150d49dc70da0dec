package io.redifu.spring.boot;

import org.springframework.boot.ssl.SslBundle;

/**
 * Spring Boot's Redis connection details bean ({@code @ServiceConnection}, Docker Compose, or the
 * application's own), read into redifu's terms by the starter of the running Boot line, whose
 * connection details type differs. When such a bean exists, redifu connects where it says.
 */
@FunctionalInterface
public interface BootRedisConnectionDetails {
  /**
   * Where the details point.
   *
   * @param sslRequested whether {@code spring.data.redis.*} asks for TLS (Boot's own clients honour
   *     it beside the details)
   * @param propertiesBundle the bundle {@code spring.data.redis.ssl.bundle} names, for details that
   *     carry none; may be null
   */
  RedisConnection connection(boolean sslRequested, SslBundle propertiesBundle);
}
