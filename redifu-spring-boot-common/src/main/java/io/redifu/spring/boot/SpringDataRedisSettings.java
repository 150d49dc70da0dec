package io.redifu.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The {@code spring.data.redis.*} properties redifu honours, bound from the environment on demand.
 * Spring Boot binds the same keys into a class of its Redis module, which moved between Boot lines
 * and is absent from applications without Spring Data Redis; this binding works on every line.
 */
public class SpringDataRedisSettings {
  private String url;
  private String host = "localhost";
  private int port = 6379;
  private int database;
  private String username;
  private String password;
  private final Ssl ssl = new Ssl();
  private final Sentinel sentinel = new Sentinel();
  private final Cluster cluster = new Cluster();

  /** {@code spring.data.redis.*} of {@code environment}; Boot's defaults where a key is absent. */
  public static SpringDataRedisSettings bind(Environment environment) {
    return Binder.get(environment).bindOrCreate("spring.data.redis", SpringDataRedisSettings.class);
  }

  /**
   * Whether these properties ask for TLS, as Spring Boot reads them: {@code ssl.enabled}, an {@code
   * ssl.bundle}, or a {@code rediss://} URL.
   */
  public boolean sslRequested() {
    return ssl.isEnabled()
        || ssl.getBundle() != null
        || (url != null && url.regionMatches(true, 0, "rediss:", 0, 7));
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  public int getDatabase() {
    return database;
  }

  public void setDatabase(int database) {
    this.database = database;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Ssl getSsl() {
    return ssl;
  }

  public Sentinel getSentinel() {
    return sentinel;
  }

  public Cluster getCluster() {
    return cluster;
  }

  @Override
  public String toString() { // never the password
    return "spring.data.redis[host=" + host + ", port=" + port + "]";
  }

  /** {@code spring.data.redis.ssl.*}. */
  public static class Ssl {
    private boolean enabled;
    private String bundle;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getBundle() {
      return bundle;
    }

    public void setBundle(String bundle) {
      this.bundle = bundle;
    }
  }

  /** {@code spring.data.redis.sentinel.*}. */
  public static class Sentinel {
    private String master;
    private List<String> nodes = new ArrayList<>();
    private String username;
    private String password;

    public String getMaster() {
      return master;
    }

    public void setMaster(String master) {
      this.master = master;
    }

    public List<String> getNodes() {
      return nodes;
    }

    public void setNodes(List<String> nodes) {
      this.nodes = nodes;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    /** Whether any sentinel property is set. */
    boolean configured() {
      return master != null || !nodes.isEmpty();
    }
  }

  /** {@code spring.data.redis.cluster.*}. */
  public static class Cluster {
    private List<String> nodes = new ArrayList<>();

    public List<String> getNodes() {
      return nodes;
    }

    public void setNodes(List<String> nodes) {
      this.nodes = nodes;
    }
  }
}
