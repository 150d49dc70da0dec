package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.codec.RowScanner;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The call shapes of the generated caches, written against those generated from {@code good/}. */
final class CollectionUsage {
  private CollectionUsage() {}

  static boolean timeline(Redifu redifu, Post post, String userRandId, List<String> lastRandIds) {
    PostTimelineCache.Instance feed = PostTimelineCache.create(redifu).of(userRandId);
    feed.add(post);
    feed.remove(post.getRandId());
    TimelinePage<Post> page = feed.fetch(lastRandIds);
    TimelinePage<Post> next = feed.fetch(Cursor.parse(page.nextCursor()));
    List<Post> all = PostTimelineCache.create(redifu).raw().of(userRandId).fetchAll();
    feed.ingest(all, true, next.items().isEmpty(), null);
    feed.reset();
    feed.purge();
    String key = PostTimelineCache.key(userRandId);
    return feed.requiresSeeding(page.items().size()) && key.startsWith("feed:");
  }

  static List<Comment> sorted(
      Redifu redifu, Comment comment, String tenantId, String postRandId, long lower, long upper) {
    CommentSortedCache.Instance comments = CommentSortedCache.create(redifu).of(tenantId, postRandId);
    comments.add(comment);
    comments.remove(comment.getRandId());
    comments.requiresSeeding();
    comments.ingest(comments.fetch(Order.ASC), "1");
    comments.reset();
    comments.purge();
    return comments.fetchRange(Order.ASC, lower, upper);
  }

  static List<Product> page(
      Redifu redifu, Product product, String categoryRandId, int pageNumber) {
    ProductPageCache.Instance products = ProductPageCache.create(redifu).of(categoryRandId);
    products.add(product);
    products.remove(product.randId());
    if (products.requiresSeeding(pageNumber)) {
      products.ingest(pageNumber, List.of(product), null);
    }
    products.reset();
    products.purge();
    return products.fetch(pageNumber);
  }

  static int timeSeries(
      Redifu redifu, Transaction tx, String accountRandId, Instant from, Instant to) {
    TransactionTimeSeriesCache txSeries =
        TransactionTimeSeriesCache.create(redifu)
            .seededBy(
                account -> SeedQuery.sql("SELECT * FROM transactions WHERE account = ?", account));
    TransactionTimeSeriesCache.Instance account = txSeries.of(accountRandId);
    account.add(tx);
    account.remove(tx.getRandId());
    TimeSeriesResult<Transaction> r = account.fetch(from, to);
    List<TimeRange> gaps = r.gaps();
    int seeded = r.needsSeed() ? account.seed(from, to) : 0;
    seeded += account.fetchOrSeed(from, to).items().size();
    seeded += txSeries.raw().of(accountRandId).fetch(gaps.get(0).fromInstant(), to).missingIds().size();
    account.reset();
    account.purge();
    String key = TransactionTimeSeriesCache.key(accountRandId);
    long ttl = TransactionTimeSeriesCache.TTL_MILLIS;

    TransactionLedgerCache ledger =
        TransactionLedgerCache.create(redifu)
            .seededBy(id -> SeedQuery.sql("SELECT * FROM ledger WHERE ledger_id = ?", id));
    ledger.of("L1").add(tx);
    ledger.of("L1").remove(tx.getRandId());
    seeded += ledger.of("L1").fetch(0L, 100L).items().size();
    seeded += ledger.of("L1").seed(0L, 100L);
    seeded += ledger.of("L1").fetchOrSeed(0L, 100L).gaps().size();
    ledger.of("L1").reset();
    ledger.of("L1").purge();
    return seeded
        + key.length()
        + (int) ttl
        + TransactionLedgerCache.KEY_TEMPLATE.length()
        + TransactionLedgerCache.key("L1").length()
        + ledger.raw().of("L1").fetch(1L, 2L).items().size();
  }

  static List<Shipment> withoutKeyParameters(Redifu redifu, Shipment shipment) {
    ShipmentTimelineCache heaviest = ShipmentTimelineCache.create(redifu);
    heaviest.add(shipment);
    heaviest.remove("s1");
    ShipmentArrivalsCache arrivals = ShipmentArrivalsCache.create(redifu);
    arrivals.requiresSeeding(1);
    return heaviest.fetchAll();
  }

  static int seeding(Redifu redifu, String userRandId, List<String> lastRandIds, String cursor) {
    PostTimelineCache feed =
        PostTimelineCache.create(redifu)
            .seededBy(
                user ->
                    SeedQuery.sql(
                        "SELECT p.randid, p.title, p.body, p.created_at FROM posts p"
                            + " WHERE p.user_id = ?",
                        user));
    int seeded = feed.of(userRandId).seed(null);
    TimelinePage<Post> page = feed.of(userRandId).fetchOrSeed(lastRandIds);
    feed.of(userRandId).fetchOrSeed(Cursor.parse(cursor));
    CommentSortedCache comments =
        CommentSortedCache.create(redifu)
            .seededBy(
                (tenant, post) ->
                    SeedQuery.sql("SELECT * FROM comments WHERE tenant = ? AND post = ?", tenant, post));
    seeded += comments.of("t", "p").seed();
    comments.of("t", "p").fetchOrSeed(Order.DESC);
    comments.of("t", "p").fetchRangeOrSeed(Order.ASC, 0L, 10L);
    ProductPageCache products =
        ProductPageCache.create(redifu)
            .seededBy(category -> SeedQuery.sql("SELECT * FROM products WHERE category = ?", category));
    seeded += products.of("c").seed(1) + products.of("c").fetchOrSeed(2).size();
    ShipmentTimelineCache heaviest =
        ShipmentTimelineCache.create(redifu).seededBy(() -> SeedQuery.sql("SELECT * FROM shipments"));
    return seeded + heaviest.seed(null) + page.items().size();
  }

  static Post loading(Redifu redifu, String randId) {
    PostCache posts =
        PostCache.create(redifu)
            .loadedBy(ids -> SeedQuery.sql("SELECT * FROM posts WHERE randid = ANY(?)", ids));
    return posts.getOrLoad(randId);
  }

  static Post scan(ResultSet rows, String sql) throws SQLException {
    RowScanner.RowReader<Post> reader = PostRowScanner.create().reader(rows.getMetaData(), sql);
    String bodyColumn = PostRowScanner.create().column("content");
    return rows.next() && bodyColumn.equals("body") ? reader.read(rows) : null;
  }
}
