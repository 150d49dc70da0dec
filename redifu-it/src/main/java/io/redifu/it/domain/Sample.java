package io.redifu.it.domain;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Timeline;
import io.redifu.annotation.Transient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One component of every type a row scanner reads, each from one column of a seeding IT's table:
 * scalars, times from zoned, zone-less and numeric columns, collections from SQL arrays or JSON,
 * nested records from JSON; a column override, a relation and a transient component it never reads.
 */
@Entity(key = "sample:{randId}", ttl = "10m")
@Timeline(key = "samples:{groupRandId}", sortBy = "instant")
public record Sample(
    String randId,
    boolean flag,
    byte tiny,
    short small,
    int count,
    long big,
    float ratio,
    double score,
    char letter,
    Boolean boxedFlag,
    Byte boxedTiny,
    Short boxedSmall,
    Integer boxedCount,
    Long boxedBig,
    Float boxedRatio,
    Double boxedScore,
    Character boxedLetter,
    String text,
    AccountStatus status,
    BigDecimal amount,
    BigInteger huge,
    UUID uuid,
    UUID uuidText,
    Instant instant,
    Instant localInstant,
    Instant epochInstant,
    OffsetDateTime offsetDateTime,
    OffsetDateTime localOffsetDateTime,
    LocalDateTime dateTime,
    LocalDateTime zonedDateTime,
    LocalDate date,
    List<String> tags,
    Set<Integer> numbers,
    List<AccountStatus> statuses,
    List<Instant> times,
    List<String> labels,
    Map<String, Long> counters,
    Point location,
    List<Stop> stops,
    @Column("legacy_label") String label,
    @RandIdRef String ownerRandId,
    Account owner,
    @Transient String note) {

  /** A nested record, read from JSON. */
  public record Point(double lat, double lon) {}

  /** A nested record in a list, read from JSON. */
  public record Stop(String city, int order) {}
}
