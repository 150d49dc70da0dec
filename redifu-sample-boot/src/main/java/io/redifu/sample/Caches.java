package io.redifu.sample;

import io.redifu.runtime.Redifu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The generated caches, created from the starter's {@link Redifu} bean; no scanning, no reflection.
 * Loaders and seeders are registered on the Redifu, so every cache of an entity, and every relation
 * to it, loads through them.
 */
@Configuration(proxyBeanMethods = false)
class Caches {
  @Bean
  AccountCache accountCache(Redifu redifu) {
    return AccountCache.create(redifu).loadedBy(SampleQueries::accounts);
  }

  @Bean
  PostCache postCache(Redifu redifu) {
    return PostCache.create(redifu).loadedBy(SampleQueries::posts);
  }

  @Bean
  PostTimelineCache feedCache(Redifu redifu) {
    return PostTimelineCache.create(redifu).seededBy(SampleQueries::feed);
  }
}
