package io.redifu.bench;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Before anything is timed, every strategy must return, for the first {@value #POSITIONS}
 * positions, the {@value PageFeed#PER_PAGE} posts just older than the cursor, field for field; the
 * authored strategies with each post's own author, the others without.
 */
final class PageChecks {
  static final int POSITIONS = 200;

  private static final BenchPostCodec POSTS = BenchPostCodec.create();
  private static final BenchAccountCodec ACCOUNTS = BenchAccountCodec.create();

  private final PageFeed feed;
  private final Map<String, BenchAccount> accounts = new HashMap<>();

  private PageChecks(PageFeed feed) {
    this.feed = feed;
    feed.accounts.forEach(account -> accounts.put(account.getRandId(), account));
  }

  static void run(PageFeed feed) {
    PageChecks checks = new PageChecks(feed);
    Map<String, Function<Cursor, List<BenchPost>>> plain =
        Map.of(
            "redifu plain", c -> items(feed.plain.of(PageFeed.USER).fetch(c)),
            "redifu plain single trip", c -> items(feed.plainSingleTrip.of(PageFeed.USER).fetch(c)),
            "hand-written", c -> HandWritten.page(feed, c),
            "hand-written same commands", c -> HandWritten.sameCommandsPage(feed, c),
            "naive", c -> HandWritten.naivePage(feed, c));
    Map<String, Function<Cursor, List<BenchPost>>> authored =
        Map.of(
            "redifu authored", c -> items(feed.authored.of(PageFeed.USER).fetch(c)),
            "redifu authored single trip",
                c -> items(feed.authoredSingleTrip.of(PageFeed.USER).fetch(c)),
            "hand-written authored", c -> HandWritten.authoredPage(feed, c),
            "hand-written denormalised", c -> HandWritten.authoredDenormalisedPage(feed, c),
            "oracle", c -> HandWritten.oraclePage(feed, c),
            "naive authored", c -> HandWritten.authoredNaivePage(feed, c));
    for (int p = 0; p < POSITIONS; p++) {
      for (var strategy : plain.entrySet()) {
        checks.check(p, strategy.getKey(), strategy.getValue().apply(feed.cursors[p]), false);
      }
      for (var strategy : authored.entrySet()) {
        checks.check(p, strategy.getKey(), strategy.getValue().apply(feed.cursors[p]), true);
      }
    }
  }

  /**
   * Checks one more strategy of authored pages, e.g. redifu on a cluster, at the same positions.
   */
  static void authored(
      PageFeed feed, String strategy, Function<Cursor, TimelinePage<BenchPost>> fetch) {
    PageChecks checks = new PageChecks(feed);
    for (int p = 0; p < POSITIONS; p++) {
      checks.check(p, strategy, items(fetch.apply(feed.cursors[p])), true);
    }
  }

  private static List<BenchPost> items(TimelinePage<BenchPost> page) {
    if (!page.missingIds().isEmpty() || !page.missingRelations().isEmpty() || !page.hasMore()) {
      throw new IllegalStateException("incomplete page: " + page);
    }
    return page.items();
  }

  private void check(int position, String strategy, List<BenchPost> got, boolean authored) {
    if (got.size() != PageFeed.PER_PAGE) {
      throw new IllegalStateException(strategy + " returned " + got.size() + " posts");
    }
    for (int k = 0; k < got.size(); k++) {
      BenchPost post = got.get(k);
      BenchPost expected = feed.posts.get(feed.cursorPost[position] - 1 - k);
      require(same(POSTS, post, expected), strategy, position, post);
      if (authored) {
        BenchAccount author = accounts.get(expected.authorRandId);
        require(
            post.author != null && same(ACCOUNTS, post.author, author), strategy, position, post);
      } else {
        require(post.author == null, strategy, position, post);
      }
    }
  }

  private static <T> boolean same(EntityCodec<T> codec, T value, T expected) {
    return Arrays.equals(JsonCodecs.encode(codec, value), JsonCodecs.encode(codec, expected));
  }

  private static void require(boolean ok, String strategy, int position, BenchPost post) {
    if (!ok) {
      throw new IllegalStateException(
          strategy + " at position " + position + ": post " + post.getRandId() + " is wrong");
    }
  }
}
