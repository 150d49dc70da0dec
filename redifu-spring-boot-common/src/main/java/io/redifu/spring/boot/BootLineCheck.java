package io.redifu.spring.boot;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Checks, before the context refreshes and any auto-configuration class loads, that the running
 * Spring Boot is of the starter's {@link BootLine}. Each starter registers its subclass in {@code
 * META-INF/spring.factories}, read by {@code SpringApplication} on every Boot line.
 */
public abstract class BootLineCheck
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  private final BootLine line;

  protected BootLineCheck(BootLine line) {
    this.line = line;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    line.check(SpringBootVersion.getVersion());
  }
}
