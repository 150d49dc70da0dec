package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/**
 * How a starter turns {@code redifu.*} properties into the builder's options: every option binds,
 * the defaults are the builder's, the builder's refusals fail the start, and customizers have the
 * last word.
 */
public interface StarterPropertiesContract extends StarterUnderTest {
  @Test
  default void bindsTheUrlAndEveryBuilderOption() {
    runner()
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url(),
            "redifu.max-connections=5",
            "redifu.timeout=750ms",
            "redifu.relation-depth=1",
            "redifu.relation-hints=0",
            "redifu.single-round-trip-reads=true",
            "redifu.reload-undecodable-documents=true")
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.client().ping()).isEqualTo("PONG");
              assertThat(redifu.settings().reloadUndecodableDocuments()).isTrue();
              assertThat(redifu.settings().relationDepth()).isEqualTo(1);
              assertThat(redifu.settings().relationHints()).isZero();
              assertThat(redifu.settings().singleRoundTripReads()).isTrue();
              JedisPooled client = (JedisPooled) redifu.client();
              assertThat(client.getPool().getMaxTotal()).isEqualTo(5);
              assertThat(client.getPool().getMaxWaitDuration()).isEqualTo(Duration.ofMillis(750));
            });
  }

  @Test
  default void defaultsAreTheBuilderDefaults() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.timeout=PT3S")
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.settings().relationDepth()).isEqualTo(3);
              assertThat(redifu.settings().relationHints()).isEqualTo(20_000);
              assertThat(redifu.settings().singleRoundTripReads()).isFalse();
              assertThat(redifu.settings().metrics()).isSameAs(MetricsListener.NONE);
              assertThat(redifu.settings().dataSource()).isEmpty();
              JedisPooled client = (JedisPooled) redifu.client();
              assertThat(client.getPool().getMaxTotal()).isEqualTo(16);
              assertThat(client.getPool().getMaxWaitDuration()).isEqualTo(Duration.ofSeconds(3));
            });
  }

  @Test
  default void invalidOptionsFailTheStartWithTheBuildersMessage() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.relation-depth=17")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("relationDepth must be between 0 and 16"));
  }

  @Test
  default void aMalformedUrlFailsTheStartWithThePasswordMasked() {
    String secret = "Pw" + Long.toHexString(System.nanoTime());
    runner()
        .withPropertyValues("redifu.redis.url=redis://app:" + secret + "@127.0.0.1:6379 x")
        .run(
            context -> {
              assertThat(context).getFailure().hasStackTraceContaining("redis://app:****@");
              assertThat(stackTrace(context.getStartupFailure())).doesNotContain(secret);
            });
  }

  @Test
  default void customizersRunAfterTheProperties() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.relation-depth=1")
        .withBean(RedifuBuilderCustomizer.class, () -> builder -> builder.relationDepth(5))
        .run(
            context ->
                assertThat(context.getBean(Redifu.class).settings().relationDepth()).isEqualTo(5));
  }

  /** The whole chain as printed: messages, causes and suppressed exceptions. */
  private static String stackTrace(Throwable e) {
    StringWriter printed = new StringWriter();
    e.printStackTrace(new PrintWriter(printed));
    return printed.toString();
  }
}
