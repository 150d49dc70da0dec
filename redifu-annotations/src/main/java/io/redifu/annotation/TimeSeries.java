package io.redifu.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a time series of an entity: a time range is fetched, and redifu knows which parts of the
 * range are cached and seeds only the gaps. Generates {@code <Entity>TimeSeriesCache}.
 *
 * <p>Rules the processor enforces: the annotated type is an {@link Entity}; the key template is
 * well formed, each {@code {placeholder}} names a {@code String} key parameter once; {@code ttl} is
 * a valid TTL string; {@code sortBy} names a property of type {@code Instant}, {@code
 * OffsetDateTime}, {@code LocalDateTime} (fetched between {@code Instant} bounds), {@code long} or
 * {@code Long} (fetched between {@code long} bounds); at most one unnamed TimeSeries per entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(TimeSeries.List.class)
public @interface TimeSeries {
  /**
   * Name of this collection; the generated class is {@code <Entity><name>Cache}. Empty means {@code
   * <Entity>TimeSeriesCache}.
   */
  String name() default "";

  /**
   * Key template with named placeholders, e.g. {@code "feed:user:{userRandId}:posts"}. Each
   * placeholder becomes a leading {@code String} parameter of every generated method, in template
   * order. Braces appear only around placeholder names.
   */
  String key();

  /** Time to live of the collection's keys, refreshed by every write; {@code "0"} = never. */
  String ttl() default "2d";

  /** The property whose value scores each item: a time, or a {@code long}/{@code Long}. */
  String sortBy() default "createdAt";

  /** Holds repeated {@link TimeSeries} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated declarations. */
    TimeSeries[] value();
  }
}
