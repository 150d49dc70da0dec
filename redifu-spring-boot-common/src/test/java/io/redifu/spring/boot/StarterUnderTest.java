package io.redifu.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter a contract runs against: its Spring Boot line's auto-configurations. */
public interface StarterUnderTest {
  /** The starter's auto-configurations, with Boot's SSL auto-configuration. */
  AutoConfigurations autoConfigurations();

  /** A context runner with the starter's auto-configurations. */
  default ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(autoConfigurations());
  }
}
