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

/** The call shapes of SPEC §3.2, written against the caches generated from {@code good/}. */
final class CollectionUsage {
  private CollectionUsage() {}

  static boolean timeline(Redifu redifu, Post post, String userRandId, List<String> lastRandIds) {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    feed.add(post, userRandId);
    feed.remove(post.getRandId(), userRandId);
    TimelinePage<Post> page = feed.fetch(userRandId, lastRandIds);
    TimelinePage<Post> next = feed.fetch(userRandId, Cursor.parse(page.nextCursor()));
    List<Post> all = feed.raw().fetchAll(userRandId);
    feed.ingest(userRandId, all, true, next.items().isEmpty(), null);
    feed.reset(userRandId);
    feed.purge(userRandId);
    String key = PostTimelineCache.key(userRandId);
    return feed.requiresSeeding(userRandId, page.items().size()) && key.startsWith("feed:");
  }

  static List<Comment> sorted(
      Redifu redifu, Comment comment, String tenantId, String postRandId, long lower, long upper) {
    CommentSortedCache comments = CommentSortedCache.create(redifu);
    comments.add(comment, tenantId, postRandId);
    comments.remove(comment.getRandId(), tenantId, postRandId);
    comments.requiresSeeding(tenantId, postRandId);
    comments.ingest(tenantId, postRandId, comments.fetch(tenantId, postRandId, Order.ASC), "1");
    comments.reset(tenantId, postRandId);
    comments.purge(tenantId, postRandId);
    return comments.fetchRange(tenantId, postRandId, Order.ASC, lower, upper);
  }

  static List<Product> page(
      Redifu redifu, Product product, String categoryRandId, int pageNumber) {
    ProductPageCache products = ProductPageCache.create(redifu);
    products.add(product, categoryRandId);
    products.remove(product.randId(), categoryRandId);
    if (products.requiresSeeding(categoryRandId, pageNumber)) {
      products.ingest(categoryRandId, pageNumber, List.of(product), null);
    }
    products.reset(categoryRandId);
    products.purge(categoryRandId);
    return products.fetch(categoryRandId, pageNumber);
  }

  static int timeSeries(
      Redifu redifu, Transaction tx, String accountRandId, Instant from, Instant to) {
    TransactionTimeSeriesCache txSeries =
        TransactionTimeSeriesCache.create(redifu)
            .seededBy(
                account -> SeedQuery.sql("SELECT * FROM transactions WHERE account = ?", account));
    txSeries.add(tx, accountRandId);
    txSeries.remove(tx.getRandId(), accountRandId);
    TimeSeriesResult<Transaction> r = txSeries.fetch(accountRandId, from, to);
    List<TimeRange> gaps = r.gaps();
    int seeded = r.needsSeed() ? txSeries.seed(accountRandId, from, to) : 0;
    seeded += txSeries.fetchOrSeed(accountRandId, from, to).items().size();
    seeded += txSeries.raw().fetch(accountRandId, gaps.get(0).fromInstant(), to).missingIds().size();
    txSeries.reset(accountRandId);
    txSeries.purge(accountRandId);
    String key = TransactionTimeSeriesCache.key(accountRandId);
    long ttl = TransactionTimeSeriesCache.TTL_MILLIS;

    TransactionLedgerCache ledger =
        TransactionLedgerCache.create(redifu)
            .seededBy(id -> SeedQuery.sql("SELECT * FROM ledger WHERE ledger_id = ?", id));
    ledger.add(tx, "L1");
    ledger.remove(tx.getRandId(), "L1");
    seeded += ledger.fetch("L1", 0L, 100L).items().size();
    seeded += ledger.seed("L1", 0L, 100L);
    seeded += ledger.fetchOrSeed("L1", 0L, 100L).gaps().size();
    ledger.reset("L1");
    ledger.purge("L1");
    return seeded
        + key.length()
        + (int) ttl
        + TransactionLedgerCache.KEY_TEMPLATE.length()
        + TransactionLedgerCache.key("L1").length()
        + ledger.raw().fetch("L1", 1L, 2L).items().size();
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
    int seeded = feed.seed(userRandId, null);
    TimelinePage<Post> page = feed.fetchOrSeed(userRandId, lastRandIds);
    feed.fetchOrSeed(userRandId, Cursor.parse(cursor));
    CommentSortedCache comments =
        CommentSortedCache.create(redifu)
            .seededBy(
                (tenant, post) ->
                    SeedQuery.sql("SELECT * FROM comments WHERE tenant = ? AND post = ?", tenant, post));
    seeded += comments.seed("t", "p");
    comments.fetchOrSeed("t", "p", Order.DESC);
    comments.fetchRangeOrSeed("t", "p", Order.ASC, 0L, 10L);
    ProductPageCache products =
        ProductPageCache.create(redifu)
            .seededBy(category -> SeedQuery.sql("SELECT * FROM products WHERE category = ?", category));
    seeded += products.seed("c", 1) + products.fetchOrSeed("c", 2).size();
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
