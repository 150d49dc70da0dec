package io.redifu.it.near;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.runtime.Redifu;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.UnifiedJedis;

/**
 * Who changes the model's accounts: a {@code Redifu} of the test JVM, a plain Jedis client, or a
 * {@code Redifu} in a JVM of its own, driven line by line over its standard input.
 */
interface ModelWriter extends AutoCloseable {
  String name();

  /** Stores the account {@code key} with {@code version} in {@code followers}. */
  void store(ModelKey key, long version);

  void delete(ModelKey key);

  @Override
  default void close() {}

  static Account account(String randId, long version, String by) {
    Account account = new Account();
    account.init();
    account.setRandId(randId);
    account.setName(by);
    account.setFollowers(Math.toIntExact(version));
    return account;
  }

  /** The JSON of the account {@code key} with {@code version}, as a plain client writes it. */
  static String rawDocument(ModelKey key, long version) {
    return "{\"randId\":\"" + key.randId + "\",\"name\":\"raw\",\"followers\":" + version + "}";
  }

  /** Writes through the entity cache of {@code redifu}. */
  static ModelWriter through(String name, Redifu redifu) {
    AccountCache accounts = AccountCache.create(redifu);
    return new ModelWriter() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void store(ModelKey key, long version) {
        accounts.set(account(key.randId, version, name));
      }

      @Override
      public void delete(ModelKey key) {
        accounts.delete(key.randId);
      }
    };
  }

  /** Plain SET and DEL of the documents, as redis-cli would. */
  static ModelWriter raw(UnifiedJedis raw) {
    return new ModelWriter() {
      @Override
      public String name() {
        return "raw";
      }

      @Override
      public void store(ModelKey key, long version) {
        raw.set(key.key, rawDocument(key, version));
      }

      @Override
      public void delete(ModelKey key) {
        raw.del(key.key);
      }
    };
  }

  /** A {@link Main} in a JVM of its own on this test's classpath, stopped by its handle. */
  static ModelWriter process(String target) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    File log = File.createTempFile("redifu-near-writer", ".log");
    log.deleteOnExit();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                target)
            .redirectError(log)
            .start();
    Writer commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    BufferedReader replies =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String ready = replies.readLine(); // null when it died starting
    if (!"ok".equals(ready)) {
      process.destroyForcibly();
      throw new IllegalStateException("writer JVM did not start (" + ready + "); its log: " + log);
    }
    return new ModelWriter() {
      @Override
      public String name() {
        return "jvm2";
      }

      @Override
      public void store(ModelKey key, long version) {
        send("set " + key.randId + " " + version);
      }

      @Override
      public void delete(ModelKey key) {
        send("del " + key.randId);
      }

      private void send(String command) {
        try {
          commands.write(command + "\n");
          commands.flush();
          String reply = replies.readLine();
          if (!"ok".equals(reply)) {
            throw new IllegalStateException(
                "writer JVM answered " + reply + " to " + command + "; its log: " + log);
          }
        } catch (IOException e) {
          throw new IllegalStateException("writer JVM gone; its log: " + log, e);
        }
      }

      @Override
      public void close() {
        try {
          commands.close(); // its end of input: it closes its Redifu and exits
          if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
          }
        } catch (IOException | InterruptedException e) {
          process.destroyForcibly();
        }
      }
    };
  }

  /** The writer JVM: {@code set <randId> <version>} and {@code del <randId>}, one per line. */
  final class Main {
    private Main() {}

    public static void main(String[] args) throws IOException {
      Redifu.Builder builder =
          args[0].startsWith("cluster:")
              ? Redifu.builder().cluster(args[0].substring("cluster:".length()))
              : Redifu.builder().redis(args[0]);
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      try (Redifu redifu = builder.build()) {
        AccountCache accounts = AccountCache.create(redifu);
        out.println("ok"); // ready
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] words = line.split(" ");
          try {
            if (words[0].equals("set")) {
              accounts.set(account(words[1], Long.parseLong(words[2]), "jvm2"));
            } else {
              accounts.delete(words[1]);
            }
            out.println("ok");
          } catch (RuntimeException e) {
            out.println("err " + e);
          }
        }
      }
    }
  }
}
