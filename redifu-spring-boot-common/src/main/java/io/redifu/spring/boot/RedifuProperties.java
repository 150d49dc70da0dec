package io.redifu.spring.boot;

import io.redifu.runtime.MaskedRedisUri;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code redifu.*}: where redifu's Redis is and the options of {@code Redifu.builder()}. Without
 * {@code redifu.redis.url}, redifu connects where Spring Boot's {@code spring.data.redis.*} points.
 */
@ConfigurationProperties("redifu")
public class RedifuProperties {
  private final Redis redis = new Redis();

  /** Maximum pooled Redis connections. */
  private int maxConnections = 16;

  /** Connect and socket timeout, and the longest wait for a free pooled connection. */
  private Duration timeout = Duration.ofSeconds(2);

  /** How many levels of @RandIdRef relations a read resolves (0 = none, at most 16). */
  private int relationDepth = 3;

  /** How many documents' relation ids each cache remembers, to read related documents sooner. */
  private int relationHints = 20_000;

  /** Whether timeline and time series reads take one script instead of two round trips. */
  private boolean singleRoundTripReads;

  /**
   * Whether a cached document that no longer decodes (its entity class changed) is deleted and
   * loaded again instead of failing the read.
   */
  private boolean reloadUndecodableDocuments;

  public Redis getRedis() {
    return redis;
  }

  public int getMaxConnections() {
    return maxConnections;
  }

  public void setMaxConnections(int maxConnections) {
    this.maxConnections = maxConnections;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public int getRelationDepth() {
    return relationDepth;
  }

  public void setRelationDepth(int relationDepth) {
    this.relationDepth = relationDepth;
  }

  public int getRelationHints() {
    return relationHints;
  }

  public void setRelationHints(int relationHints) {
    this.relationHints = relationHints;
  }

  public boolean isSingleRoundTripReads() {
    return singleRoundTripReads;
  }

  public void setSingleRoundTripReads(boolean singleRoundTripReads) {
    this.singleRoundTripReads = singleRoundTripReads;
  }

  public boolean isReloadUndecodableDocuments() {
    return reloadUndecodableDocuments;
  }

  public void setReloadUndecodableDocuments(boolean reloadUndecodableDocuments) {
    this.reloadUndecodableDocuments = reloadUndecodableDocuments;
  }

  /** {@code redifu.redis.*}. */
  public static class Redis {
    /**
     * Standalone Redis, redis://[user:password@]host:port[/db] or rediss://... for TLS. Takes
     * precedence over spring.data.redis.*.
     */
    private String url;

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    @Override
    public String toString() { // never the password
      return "Redis[url=" + MaskedRedisUri.of(url) + "]";
    }
  }
}
