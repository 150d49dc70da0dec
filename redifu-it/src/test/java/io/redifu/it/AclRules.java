package io.redifu.it;

import java.util.ArrayList;
import java.util.List;

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
   * refusal, but each would be an entry in the ACL LOG. (Older servers do not know the command.)
   */
  public static final List<String> REDIS_7_2_COMMANDS = List.of("client|setinfo");

  /** Added for Redis Cluster: the slot map. */
  public static final List<String> CLUSTER_COMMANDS = List.of("cluster|slots");

  private AclRules() {}

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
