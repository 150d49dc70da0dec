package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.redis.LocalCluster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeding on a real 3-master Redis Cluster: the Go README feed paged by {@code fetchOrSeed} from
 * PostgreSQL, authors loaded by the account loader and written to whichever nodes own their slots.
 */
class ClusterSeedingIT {
  @Test
  void feedIsSeededPageByPageOnACluster() throws Exception {
    SeedTables tables = new SeedTables(SqlDatabase.POSTGRESQL);
    String user = BaseRecord.newRandId();
    List<String> authors = List.of(BaseRecord.newRandId(), BaseRecord.newRandId());
    tables.account(authors.get(0), "Ada");
    tables.account(authors.get(1), "Alan");
    tables.posts(user, 45, authors);
    try (LocalCluster cluster = LocalCluster.start();
        Redifu redifu =
            Redifu.builder()
                .cluster(cluster.seed())
                .dataSource(tables.database.dataSource())
                .build()) {
      AccountCache.create(redifu).loadedBy(tables::accountsById);
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
      List<String> seen = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      TimelinePage<Post> page = feed.of(user).fetchOrSeed(List.of());
      while (true) {
        sizes.add(page.items().size());
        for (Post post : page.items()) {
          seen.add(post.getRandId());
          assertThat(post.getAuthor().getName()).isIn("Ada", "Alan");
        }
        if (!page.hasMore()) {
          break;
        }
        page = feed.of(user).fetchOrSeed(Cursor.parse(page.nextCursor()));
      }
      assertThat(sizes).containsExactly(20, 20, 5);
      assertThat(seen).isEqualTo(tables.newestFirst(user));
    } finally {
      tables.drop();
    }
  }
}
