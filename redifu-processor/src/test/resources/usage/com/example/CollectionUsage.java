package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.RowScanner;
import java.sql.ResultSet;
import java.sql.SQLException;
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
