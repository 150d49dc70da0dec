package io.redifu.spring.boot;

import io.redifu.runtime.Redifu;

/**
 * Adjusts the auto-configured {@link Redifu} before it is built, for what properties cannot say (a
 * pool config, an {@code SSLSocketFactory} for a private CA). Beans of this type run in {@link
 * org.springframework.core.annotation.Order} after the properties are applied.
 */
@FunctionalInterface
public interface RedifuBuilderCustomizer {
  void customize(Redifu.Builder builder);
}
