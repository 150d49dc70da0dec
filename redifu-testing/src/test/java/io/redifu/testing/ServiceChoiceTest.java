package io.redifu.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceChoiceTest {

  /** A probe that counts how often it is asked. */
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

  private static final BooleanSupplier EXPLODING =
      () -> {
        throw new AssertionError("this tier must not be probed");
      };

  @Test
  void envValueWinsAndNothingIsProbed() {
    assertThat(ServiceSource.choose(false, "redis://127.0.0.1:6379", EXPLODING, EXPLODING))
        .isEqualTo(ServiceSource.ENV);
    assertThat(ServiceSource.choose(false, "jdbc:postgresql://db/test", EXPLODING, EXPLODING))
        .isEqualTo(ServiceSource.ENV);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void unsetOrBlankEnvWithAnsweringDefaultPortUsesItAndDockerIsNotProbed(String env) {
    CountingProbe port = new CountingProbe(true);

    assertThat(ServiceSource.choose(false, env, port, EXPLODING))
        .isEqualTo(ServiceSource.DEFAULT_PORT);
    assertThat(port.calls).hasValue(1);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void silentDefaultPortWithDockerUsesTestcontainers(String env) {
    CountingProbe port = new CountingProbe(false);
    CountingProbe docker = new CountingProbe(true);

    assertThat(ServiceSource.choose(false, env, port, docker))
        .isEqualTo(ServiceSource.TESTCONTAINERS);
    assertThat(port.calls).hasValue(1);
    assertThat(docker.calls).hasValue(1);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void nothingElseUsesEmbedded(String env) {
    CountingProbe port = new CountingProbe(false);
    CountingProbe docker = new CountingProbe(false);

    assertThat(ServiceSource.choose(false, env, port, docker)).isEqualTo(ServiceSource.EMBEDDED);
    assertThat(port.calls).hasValue(1);
    assertThat(docker.calls).hasValue(1);
  }

  @Test
  void theEmbeddedSwitchIgnoresEnvDefaultPortAndDocker() {
    assertThat(ServiceSource.choose(true, "redis://127.0.0.1:6379", EXPLODING, EXPLODING))
        .isEqualTo(ServiceSource.EMBEDDED);
  }

  @Test
  void switchValuesAreCheckedAndNamed() {
    assertThat(Switches.parse("X", null)).isFalse();
    assertThat(Switches.parse("X", " ")).isFalse();
    assertThat(Switches.parse("X", "auto")).isFalse();
    assertThat(Switches.parse("X", " Embedded ")).isTrue();
    assertThatThrownBy(() -> Switches.parse("REDIFU_TEST_SERVICES", "docker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("REDIFU_TEST_SERVICES=docker is not a known value: use auto or embedded");
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
