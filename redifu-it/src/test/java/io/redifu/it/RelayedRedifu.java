package io.redifu.it;

import io.redifu.runtime.Redifu;
import io.redifu.testing.redis.RoundTripCounter;
import java.util.function.Consumer;

/** A {@link Redifu} that talks to Redis through a {@link RoundTripCounter}, on one connection. */
public final class RelayedRedifu {
  private RelayedRedifu() {}

  /** One pooled connection through {@code relay}, so that its counts are this client's alone. */
  public static Redifu singleConnection(RoundTripCounter relay) {
    return singleConnection(relay, builder -> {});
  }

  /** Like {@link #singleConnection(RoundTripCounter)}, with further settings. */
  public static Redifu singleConnection(RoundTripCounter relay, Consumer<Redifu.Builder> settings) {
    Redifu.Builder builder =
        Redifu.builder().redis(relay.url()).poolConfig(RoundTripCounter.singleConnectionPool());
    settings.accept(builder);
    return builder.build();
  }
}
