package io.redifu.sample;

import io.redifu.spring.boot.RedifuBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Accounts are read with every post of every feed and change rarely: the starter's Redifu keeps
 * them in this JVM too, and Redis tells it when one changes.
 */
@Configuration(proxyBeanMethods = false)
class NearCaches {
  @Bean
  RedifuBuilderCustomizer nearCacheForAccounts() {
    return builder -> builder.nearCache(Account.class);
  }
}
