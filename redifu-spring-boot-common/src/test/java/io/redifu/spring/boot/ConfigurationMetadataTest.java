package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The configuration processor describes every redifu.* property for IDE completion. */
class ConfigurationMetadataTest {
  @Test
  void everyPropertyIsDescribedWithItsDefault() throws IOException {
    String json;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(json)
        .contains(
            "\"name\": \"redifu.redis.url\"",
            "\"name\": \"redifu.max-connections\"",
            "\"name\": \"redifu.timeout\"",
            "\"name\": \"redifu.relation-depth\"",
            "\"name\": \"redifu.relation-hints\"",
            "\"name\": \"redifu.single-round-trip-reads\"",
            "\"defaultValue\": 20000",
            "Standalone Redis");
  }
}
