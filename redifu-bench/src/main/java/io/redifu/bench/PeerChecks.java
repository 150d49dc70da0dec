package io.redifu.bench;

import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Before a peer benchmark is timed, the strategy it measures must, for the first {@value
 * #POSITIONS} positions, return what redifu returns (which {@link PageChecks} holds to the data):
 * the {@value PageFeed#PER_PAGE} posts just older than the cursor in order, each with its own
 * author, field for field; for a get the post asked for, and for a getAll all {@value Peers#BATCH}
 * posts asked for. Fields are compared by re-encoding with the generated codecs. A failure throws
 * from the trial's set-up, so JMH reports no number for that strategy.
 */
final class PeerChecks {
  static final int POSITIONS = 100;

  private static final BenchPostCodec POSTS = BenchPostCodec.create();
  private static final BenchAccountCodec ACCOUNTS = BenchAccountCodec.create();

  private PeerChecks() {}

  static void run(PageFeed feed, Peers peers) {
    Map<String, BenchAccount> accounts = new HashMap<>();
    feed.accounts.forEach(account -> accounts.put(account.getRandId(), account));
    Map<String, BenchPost> posts = new HashMap<>();
    feed.posts.forEach(post -> posts.put(post.getRandId(), post));
    for (int p = 0; p < POSITIONS; p++) {
      List<BenchPost> redifuPage = items(feed.authored.of(PageFeed.USER).fetch(feed.cursors[p]));
      List<BenchPost> page =
          switch (peers.strategy) {
            case "sdr" -> fromSdr(peers.sdr.page(feed.cursors[p]));
            case "redisson" -> peers.redisson.page(feed.cursors[p]);
            default -> redifuPage;
          };
      require(page.size() == PageFeed.PER_PAGE, peers, "page", p);
      for (int k = 0; k < PageFeed.PER_PAGE; k++) {
        BenchPost expected = feed.posts.get(feed.cursorPost[p] - 1 - k);
        BenchPost got = page.get(k);
        require(
            same(POSTS, got, expected) && same(POSTS, got, redifuPage.get(k)), peers, "page", p);
        require(
            got.author != null
                && same(ACCOUNTS, got.author, accounts.get(expected.authorRandId))
                && same(ACCOUNTS, got.author, redifuPage.get(k).author),
            peers,
            "page author",
            p);
      }

      String id = peers.ids[p];
      BenchPost one =
          switch (peers.strategy) {
            case "sdr" -> peers.sdr.get(id).toBench();
            case "redisson" -> peers.redisson.get(id);
            default -> peers.redifuPosts.get(id).orElseThrow();
          };
      require(same(POSTS, one, posts.get(id)), peers, "get", p);

      List<String> batch = peers.batches.get(p);
      Map<String, BenchPost> redifuAll = peers.redifuPosts.getAll(batch);
      List<BenchPost> all =
          switch (peers.strategy) {
            case "sdr" -> fromSdr(peers.sdr.getAll(batch));
            case "redisson" -> peers.redisson.getAll(batch);
            default -> batch.stream().map(redifuAll::get).toList();
          };
      require(all.size() == batch.size(), peers, "getAll", p);
      for (int k = 0; k < batch.size(); k++) {
        BenchPost got = all.get(k);
        require(
            got != null
                && same(POSTS, got, posts.get(batch.get(k)))
                && same(POSTS, got, redifuAll.get(batch.get(k))),
            peers,
            "getAll",
            p);
      }
    }
  }

  private static List<BenchPost> fromSdr(List<SdrPost> sdrPosts) {
    List<BenchPost> converted = new ArrayList<>(sdrPosts.size());
    sdrPosts.forEach(post -> converted.add(post.toBench()));
    return converted;
  }

  private static List<BenchPost> items(TimelinePage<BenchPost> page) {
    if (!page.missingIds().isEmpty() || !page.missingRelations().isEmpty()) {
      throw new IllegalStateException("incomplete redifu page: " + page);
    }
    return page.items();
  }

  private static <T> boolean same(EntityCodec<T> codec, T value, T expected) {
    return Arrays.equals(JsonCodecs.encode(codec, value), JsonCodecs.encode(codec, expected));
  }

  private static void require(boolean ok, Peers peers, String operation, int position) {
    if (!ok) {
      throw new IllegalStateException(
          peers.strategy + " " + operation + " at position " + position + " differs from redifu");
    }
  }
}
