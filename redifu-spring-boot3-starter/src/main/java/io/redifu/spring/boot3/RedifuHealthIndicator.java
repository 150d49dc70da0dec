package io.redifu.spring.boot3;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisHealth;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code redifu} health on Spring Boot 3.5: {@link RedisHealth} as a health component — UP when
 * Redis answers PING (and a cluster reports {@code cluster_state:ok}), DOWN with the error or the
 * cluster state otherwise, with its details.
 */
public class RedifuHealthIndicator extends AbstractHealthIndicator {
  private final Redifu redifu;

  public RedifuHealthIndicator(Redifu redifu) {
    super("Redis did not answer redifu's PING");
    this.redifu = redifu;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    RedisHealth health = RedisHealth.check(redifu);
    (health.up() ? builder.up() : builder.down()).withDetails(health.details());
  }
}
