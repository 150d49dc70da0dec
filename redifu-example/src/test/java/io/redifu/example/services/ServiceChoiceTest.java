package io.redifu.example.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceChoiceTest {

  /** A Docker probe that counts how often it is asked. */
  private static final class CountingProbe implements BooleanSupplier {
    private final boolean answer;
    private final AtomicInteger calls = new AtomicInteger();

    CountingProbe(boolean answer) {
      this.answer = answer;
    }

    @Override
    public boolean getAsBoolean() {
      calls.incrementAndGet();
      return answer;
    }
  }

  @Test
  void envValueWinsAndDockerIsNotProbed() {
    for (boolean docker : new boolean[] {true, false}) {
      CountingProbe probe = new CountingProbe(docker);

      assertThat(ServiceSource.choose("redis://127.0.0.1:6379", probe))
          .isEqualTo(ServiceSource.ENV);
      assertThat(probe.calls).hasValue(0);
    }
  }

  @Test
  void envValueWinsEvenWhenTheProbeWouldFail() {
    BooleanSupplier exploding =
        () -> {
          throw new AssertionError("Docker must not be probed when the env var is set");
        };

    assertThat(ServiceSource.choose("jdbc:postgresql://db/test", exploding))
        .isEqualTo(ServiceSource.ENV);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void unsetOrBlankEnvWithDockerUsesTestcontainers(String env) {
    CountingProbe probe = new CountingProbe(true);

    assertThat(ServiceSource.choose(env, probe)).isEqualTo(ServiceSource.TESTCONTAINERS);
    assertThat(probe.calls).hasValue(1);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void unsetOrBlankEnvWithoutDockerUsesEmbedded(String env) {
    CountingProbe probe = new CountingProbe(false);

    assertThat(ServiceSource.choose(env, probe)).isEqualTo(ServiceSource.EMBEDDED);
    assertThat(probe.calls).hasValue(1);
  }

  @Test
  void aProbeThatThrowsMeansDockerIsNotAvailable() {
    assertThat(
            DockerProbe.safely(
                () -> {
                  throw new IllegalStateException("Could not find a valid Docker environment");
                }))
        .isFalse();
    assertThat(
            DockerProbe.safely(
                () -> {
                  throw new NoClassDefFoundError("org/testcontainers/DockerClientFactory");
                }))
        .isFalse();
    assertThat(DockerProbe.safely(() -> true)).isTrue();
    assertThat(DockerProbe.safely(() -> false)).isFalse();
  }

  @Test
  void containerUrlsCarryCredentials() {
    assertThat(Containers.withCredentials("jdbc:postgresql://h:5/test?loggerLevel=OFF", "u", "p&w"))
        .isEqualTo("jdbc:postgresql://h:5/test?loggerLevel=OFF&user=u&password=p%26w");
    assertThat(Containers.withCredentials("jdbc:mariadb://h:5/test", "test", "test"))
        .isEqualTo("jdbc:mariadb://h:5/test?user=test&password=test");
  }

  @Test
  void descriptionsMaskPasswords() {
    Resolved jdbc = Resolved.fromEnv("X", " jdbc:postgresql://h/test?user=u&password=secret&a=b ");
    Resolved redis = new Resolved("redis://user:secret@h:1", ServiceSource.ENV, "from Y");

    assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://h/test?user=u&password=secret&a=b");
    assertThat(jdbc.describe())
        .isEqualTo("jdbc:postgresql://h/test?user=u&password=***&a=b (from X)");
    assertThat(redis.describe()).isEqualTo("redis://***@h:1 (from Y)");
  }
}
