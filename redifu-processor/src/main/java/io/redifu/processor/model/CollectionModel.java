package io.redifu.processor.model;

import io.redifu.annotation.Order;

/**
 * One collection declaration on an entity: {@code @Timeline}, {@code @Sorted}, {@code @Page} or
 * {@code @TimeSeries}.
 *
 * @param name the declared name, or empty for the kind's default ({@code PostTimelineCache})
 * @param perPage items per page; 0 for a kind without pages
 * @param order direction of the pages; null for a kind without pages
 * @param sortBy the stored property whose value scores each item
 * @param sortKind the scalar kind of {@code sortBy}: a time or a whole number
 */
public record CollectionModel(
    Kind kind,
    String name,
    KeyTemplate key,
    int perPage,
    Order order,
    Ttl ttl,
    PropertyModel sortBy,
    ScalarKind sortKind) {

  /** The collection annotations, each with its own runtime store. */
  public enum Kind {
    TIMELINE("Timeline", true),
    SORTED("Sorted", false),
    PAGE("Page", true),
    TIME_SERIES("TimeSeries", false);

    private final String annotation;
    private final boolean paged;

    Kind(String annotation, boolean paged) {
      this.annotation = annotation;
      this.paged = paged;
    }

    /** The annotation's simple name, also the default name of its collection. */
    public String annotation() {
      return annotation;
    }

    /** Whether the collection is read in pages of {@code perPage} items in an {@code order}. */
    public boolean paged() {
      return paged;
    }
  }

  /** Whether scores are times (epoch microseconds), not plain numbers. */
  public boolean scoredByTime() {
    return switch (sortKind) {
      case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE_TIME -> true;
      default -> false;
    };
  }
}
