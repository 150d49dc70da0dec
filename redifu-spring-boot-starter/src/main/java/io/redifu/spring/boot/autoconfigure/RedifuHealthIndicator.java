package io.redifu.spring.boot.autoconfigure;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.ScriptCacheStatus;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code redifu} health: UP when Redis answers PING, DOWN with the error otherwise. Details say how
 * many of redifu's Lua scripts Redis holds in its script cache; scripts load on first use, so fewer
 * than all is normal and never makes the status DOWN.
 */
public class RedifuHealthIndicator extends AbstractHealthIndicator {
  private final Redifu redifu;

  public RedifuHealthIndicator(Redifu redifu) {
    super("Redis did not answer redifu's PING");
    this.redifu = redifu;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    String pong = redifu.client().ping();
    builder.up().withDetail("ping", pong);
    try {
      ScriptCacheStatus scripts = ScriptCacheStatus.check(redifu);
      builder
          .withDetail("scriptsLoaded", scripts.loaded().size())
          .withDetail("scriptsTotal", scripts.total());
    } catch (RuntimeException e) { // e.g. a server that refuses SCRIPT EXISTS: PING decides
      builder.withDetail("scripts", "unknown: " + e.getMessage());
    }
  }
}
