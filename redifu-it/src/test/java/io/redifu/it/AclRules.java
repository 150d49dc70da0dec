package io.redifu.it;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Jedis;

/**
 * The least-privilege ACL user SECURITY.md documents for redifu: exactly the commands redifu sends
 * (its own and those inside its Lua scripts, which Redis checks against the same user), on the keys
 * of the application's key templates. Tests create their users from here, so the documented rules
 * are the tested ones.
 */
public final class AclRules {
  /** Every command redifu sends, outside and inside its scripts. */
  public static final List<String> COMMANDS =
      List.of(
          String.join(
                  " ",
                  "get getex mget set del unlink exists pexpire persist", // documents, markers
                  "zadd zrem zcard zcount zscore zrank zrevrank", // collections: ids in zsets
                  "zrange zrevrange zrangebyscore zrevrangebyscore",
                  "hget hmget hset hdel hincrby hlen hvals", // state and numbered pages: hashes
                  "evalsha eval multi exec", // scripts; reads in one transaction
                  "time", // a new collection's generation
                  "ping script|exists") // the health check
              .split(" "));

  /**
   * Added on Redis 7.2 and later: the library name Jedis sends when it connects. Jedis ignores a
   * refusal, but each would be an entry in the ACL LOG. Redis 6.2 judges it the same way (by its
   * subcommand, before finding that it does not exist); 7.0 and 7.1 refuse the rule.
   */
  public static final List<String> REDIS_7_2_COMMANDS = List.of("client|setinfo");

  /** Added for Redis Cluster: the slot map, and the cluster state the health check reports. */
  public static final List<String> CLUSTER_COMMANDS = List.of("cluster|slots", "cluster|info");

  private AclRules() {}

  /**
   * {@link #COMMANDS}, plus {@link #REDIS_7_2_COMMANDS} where the server of that version has them.
   */
  public static List<String> commandsFor(String redisVersion) {
    String[] parts = redisVersion.split("\\.");
    int version = Integer.parseInt(parts[0]) * 100 + Integer.parseInt(parts[1]);
    List<String> commands = new ArrayList<>(COMMANDS);
    if (version < 700 || version >= 702) {
      commands.addAll(REDIS_7_2_COMMANDS);
    }
    return commands;
  }

  /** The {@code redis_version} the server behind {@code jedis} reports. */
  public static String version(Jedis jedis) {
    return jedis
        .info("server")
        .lines()
        .filter(line -> line.startsWith("redis_version:"))
        .findFirst()
        .orElseThrow()
        .substring("redis_version:".length())
        .trim();
  }

  /**
   * The rules of {@code ACL SETUSER <user> ...}: on, the password, no other command, no channel,
   * and the keys of entities whose key templates start with {@code entityPrefixes} (documents and
   * {@code {document}:missing} markers) and of collections whose templates start with {@code
   * collectionPrefixes} (all their keys begin {@code {<collection key>}}).
   */
  public static List<String> rules(
      String password,
      List<String> commands,
      List<String> entityPrefixes,
      List<String> collectionPrefixes) {
    List<String> rules =
        new ArrayList<>(List.of("reset", "on", ">" + password, "resetchannels", "-@all"));
    commands.forEach(command -> rules.add("+" + command));
    for (String prefix : entityPrefixes) {
      rules.add("~" + prefix + "*");
      rules.add("~{" + prefix + "*");
    }
    for (String prefix : collectionPrefixes) {
      rules.add("~{" + prefix + "*");
    }
    return rules;
  }
}
