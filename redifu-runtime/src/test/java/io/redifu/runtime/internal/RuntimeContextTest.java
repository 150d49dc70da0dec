package io.redifu.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuSettings;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/**
 * Stores reach what a {@link Redifu} shares through {@link RuntimeContext#of}, while {@code Redifu}
 * and its settings show users no internal type. No Redis needed: a pool connects on first use.
 */
class RuntimeContextTest {
  @Test
  void storesReachTheContextThatBuildCreated() {
    MetricsListener metrics = new MetricsListener() {};
    try (JedisPooled client = new JedisPooled("127.0.0.1", 1);
        Redifu redifu =
            Redifu.builder()
                .redis(client)
                .relationDepth(2)
                .relationHints(7)
                .timeout(Duration.ofMillis(300))
                .missingMarkerTtl(Duration.ofSeconds(5))
                .reloadUndecodableDocuments(true)
                .metrics(metrics)
                .build()) {
      RuntimeContext context = RuntimeContext.of(redifu);

      assertThat(context.client()).isSameAs(client).isSameAs(redifu.client());
      assertThat(context.settings()).isSameAs(redifu.settings());
      assertThat(RuntimeContext.of(redifu)).as("one context per Redifu").isSameAs(context);
      RedifuSettings settings = redifu.settings();
      assertThat(settings.relationDepth()).isEqualTo(2);
      assertThat(settings.relationHints()).isEqualTo(7);
      assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(300));
      assertThat(settings.missingMarkerTtl()).isEqualTo(Duration.ofSeconds(5));
      assertThat(settings.reloadUndecodableDocuments()).isTrue();
      assertThat(settings.singleRoundTripReads()).isFalse();
      assertThat(settings.metrics()).isSameAs(metrics);
      assertThat(settings.dataSource()).isEmpty();
      assertThat(context.dataSource()).isNull();
    }
  }

  @Test
  void theAccessorIsRegisteredOnce() {
    Redifu.builder(); // initializes Redifu, which registers its accessor then
    assertThatThrownBy(() -> RuntimeContext.register(redifu -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("registered already");
  }

  @Test
  void theUserFacingClassesShowNoInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : List.of(Redifu.class, Redifu.Builder.class, RedifuSettings.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        List<Class<?>> used = new ArrayList<>(List.of(method.getParameterTypes()));
        used.add(method.getReturnType());
        for (Class<?> one : used) {
          if (one.getPackageName().startsWith("io.redifu.runtime.internal")) {
            leaks.add(type.getSimpleName() + "." + method.getName() + " uses " + one.getName());
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
