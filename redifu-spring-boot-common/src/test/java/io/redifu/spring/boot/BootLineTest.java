package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BootLineTest {
  @Test
  void eachStarterAcceptsItsOwnLine() {
    assertThatCode(() -> BootLine.BOOT_3.check("3.5.7")).doesNotThrowAnyException();
    assertThatCode(() -> BootLine.BOOT_3.check("3.6.0-SNAPSHOT")).doesNotThrowAnyException();
    assertThatCode(() -> BootLine.BOOT_4.check("4.0.7")).doesNotThrowAnyException();
    assertThatCode(() -> BootLine.BOOT_4.check("4.1.2")).doesNotThrowAnyException();
    assertThatCode(() -> BootLine.BOOT_4.check(null)).doesNotThrowAnyException();
  }

  @Test
  void theBoot3StarterOnBoot4NamesTheBoot4Starter() {
    assertThatThrownBy(() -> BootLine.BOOT_3.check("4.0.7"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "io.redifu:redifu-spring-boot3-starter is for Spring Boot 3.5 and later 3.x, but this"
                + " application runs Spring Boot 4.0.7: depend on"
                + " io.redifu:redifu-spring-boot4-starter instead");
  }

  @Test
  void theBoot4StarterOnBoot3NamesTheBoot3Starter() {
    assertThatThrownBy(() -> BootLine.BOOT_4.check("3.5.7"))
        .hasMessageContaining("runs Spring Boot 3.5.7")
        .hasMessageEndingWith("depend on io.redifu:redifu-spring-boot3-starter instead");
  }

  @Test
  void anOlderBoot3AsksForAnUpgrade() {
    assertThatThrownBy(() -> BootLine.BOOT_3.check("3.4.1"))
        .hasMessageEndingWith("upgrade to Spring Boot 3.5 or later 3.x");
    assertThatThrownBy(() -> BootLine.BOOT_4.check("2.7.18"))
        .hasMessageContaining("redifu supports Spring Boot 3.5+");
  }
}
