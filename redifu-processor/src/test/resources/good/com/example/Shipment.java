package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Page;
import io.redifu.annotation.Timeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Default key, no expiry; a nested class, a nested record, an enum and collections. A timeline
 * whose key has no placeholder, scored by a long field; named pages scored by an OffsetDateTime.
 */
@Entity(ttl = "0", missingTtl = "90s")
@Timeline(key = "shipments:heaviest", sortBy = "weightGrams")
@Page(name = "Arrivals", key = "arrivals", sortBy = "eta", perPage = 50)
public class Shipment {
  String randId;
  Status status;
  char priority;
  long weightGrams;
  Double declaredValue;
  BigDecimal fee;
  LocalDate shipDate;
  OffsetDateTime eta;
  Address origin;
  List<Address> stops;
  Set<Status> history;
  Map<String, Long> counters;
  Map<Status, List<Instant>> timestamps;
  Map<UUID, GeoPoint> checkpoints;
  List<List<String>> labels;

  /** Where a shipment is. */
  public enum Status {
    CREATED,
    IN_TRANSIT,
    DELIVERED
  }

  /** A nested class that refers to itself. */
  public static class Address {
    String street;
    String city;
    Address previous;
  }

  /** A nested record. */
  public record GeoPoint(double lat, double lon) {}
}
