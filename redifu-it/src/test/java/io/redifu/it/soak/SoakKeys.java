package io.redifu.it.soak;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Finds soak keys without a TTL by SCAN (never KEYS): documents {@code soak:item:*} and everything
 * under a soak collection's or document's hash tag ({@code {soak:…}…}: ids, meta, pages, segments,
 * seed locks, missing markers). Every one must expire.
 */
final class SoakKeys {
  static final List<String> PATTERNS = List.of("soak:item:*", "{soak:*");

  private final UnifiedJedis jedis;

  SoakKeys(UnifiedJedis jedis) {
    this.jedis = jedis;
  }

  /** The soak keys that exist and have no TTL; {@code scanned} receives how many were looked at. */
  List<String> immortal(SoakStats stats) {
    List<String> immortal = new ArrayList<>();
    for (String pattern : PATTERNS) {
      ScanParams match = new ScanParams().match(pattern).count(1000);
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        ScanResult<String> scan = jedis.scan(cursor, match);
        for (String key : scan.getResult()) {
          stats.count("keys.scanned");
          if (jedis.pttl(key) == -1) { // -2: gone meanwhile
            immortal.add(key);
          }
        }
        cursor = scan.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }
    return immortal;
  }
}
