package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
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
}
