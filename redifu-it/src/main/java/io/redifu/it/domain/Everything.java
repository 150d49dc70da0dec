package io.redifu.it.domain;

import io.redifu.annotation.Entity;
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

/** One property of every supported type, for codec round-trip tests. */
@Entity(key = "everything:{randId}", ttl = "10m")
public class Everything {
  String randId;
  boolean flag;
  byte tiny;
  short small;
  int count;
  long big;
  float ratio;
  double score;
  char letter;
  Boolean boxedFlag;
  Byte boxedTiny;
  Short boxedSmall;
  Integer boxedCount;
  Long boxedBig;
  Float boxedRatio;
  Double boxedScore;
  Character boxedLetter;
  String text;
  AccountStatus status;
  BigDecimal amount;
  BigInteger huge;
  UUID uuid;
  Instant instant;
  LocalDate date;
  LocalDateTime dateTime;
  OffsetDateTime offsetDateTime;
  List<String> strings;
  List<Integer> numbers;
  Set<AccountStatus> statuses;
  Map<String, Long> counters;
  Map<AccountStatus, List<Instant>> history;
  Map<UUID, Double> byUuid;
  Map<Integer, String> byInt;
  Map<Long, Boolean> byLong;
  List<List<String>> matrix;
  Address address;
  List<Address> previousAddresses;
  GeoPoint location;
  @Transient Object cache;
  transient String scratch;
  private String secret;
  private boolean verified;

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public boolean isVerified() {
    return verified;
  }

  public void setVerified(boolean verified) {
    this.verified = verified;
  }

  /** A nested class stored inside the document. */
  public static class Address {
    String street;
    String city;
    Address parent;

    public Address() {}

    public Address(String street, String city, Address parent) {
      this.street = street;
      this.city = city;
      this.parent = parent;
    }
  }

  /** A nested record stored inside the document. */
  public record GeoPoint(double lat, double lon, String label) {}
}
