package io.redifu.it.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * {@link Everything} instances with a non-default value in every property, and a field-by-field
 * comparison. Lives in the entity's package because the properties are package-private.
 */
public final class EverythingFixtures {
  private EverythingFixtures() {}

  /** Every property set to a non-default, edge-case value; the transient fields are set too. */
  public static Everything full(String randId, String text) {
    Everything e = new Everything();
    e.randId = randId;
    e.flag = true;
    e.tiny = Byte.MIN_VALUE;
    e.small = Short.MIN_VALUE;
    e.count = Integer.MIN_VALUE;
    e.big = Long.MIN_VALUE;
    e.ratio = 0.1f;
    e.score = Double.NaN;
    e.letter = 'ß';
    e.boxedFlag = false;
    e.boxedTiny = Byte.MAX_VALUE;
    e.boxedSmall = Short.MAX_VALUE;
    e.boxedCount = Integer.MAX_VALUE;
    e.boxedBig = Long.MAX_VALUE;
    e.boxedRatio = Float.NaN;
    e.boxedScore = Double.NEGATIVE_INFINITY;
    e.boxedLetter = '"';
    e.text = text;
    e.status = AccountStatus.SUSPENDED;
    e.amount = new BigDecimal("12345678901234567890.1200"); // scale 4 must survive
    e.huge = BigInteger.TWO.pow(100).negate();
    e.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    e.instant = Instant.parse("2024-02-29T23:59:59.123456789Z");
    e.date = LocalDate.of(1999, 12, 31);
    e.dateTime = LocalDateTime.of(2030, 1, 2, 3, 4, 5, 600_000_000);
    e.offsetDateTime = OffsetDateTime.of(2024, 6, 1, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    e.strings = new ArrayList<>(Arrays.asList("a", "", null, "ünïcødé \uD83D\uDE00", "tab\tnl\n"));
    e.numbers = new ArrayList<>(Arrays.asList(0, -1, null, Integer.MAX_VALUE));
    e.statuses = new LinkedHashSet<>(EnumSet.allOf(AccountStatus.class));
    e.counters = new LinkedHashMap<>();
    e.counters.put("views", 42L);
    e.counters.put("", Long.MIN_VALUE);
    e.counters.put("nothing", null);
    e.history = new LinkedHashMap<>();
    e.history.put(
        AccountStatus.ACTIVE,
        new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2020-01-01T00:00:00.001Z"))));
    e.history.put(AccountStatus.SUSPENDED, new ArrayList<>());
    e.byUuid = new LinkedHashMap<>();
    e.byUuid.put(UUID.fromString("00000000-0000-0000-0000-000000000001"), Double.POSITIVE_INFINITY);
    e.byUuid.put(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"), -0.0);
    e.byInt = new LinkedHashMap<>();
    e.byInt.put(-5, "minus five");
    e.byInt.put(Integer.MAX_VALUE, "max");
    e.byLong = new LinkedHashMap<>();
    e.byLong.put(Long.MIN_VALUE, true);
    e.byLong.put(7L, false);
    e.matrix = new ArrayList<>();
    e.matrix.add(new ArrayList<>(List.of("r0c0", "r0c1")));
    e.matrix.add(new ArrayList<>());
    e.matrix.add(null);
    e.address =
        new Everything.Address(
            "1 Main St",
            "Springfield",
            new Everything.Address(
                "County Rd", "Shelby", new Everything.Address(null, "State", null)));
    e.previousAddresses =
        new ArrayList<>(Arrays.asList(new Everything.Address("Old St", "Oldtown", null), null));
    e.location = new Everything.GeoPoint(-33.8688, 151.2093, "Sydney");
    e.cache = new Object();
    e.scratch = "scratch";
    e.setSecret("s3cret");
    e.setVerified(true);
    return e;
  }

  /** Compares every stored property; transient properties of {@code actual} must be defaults. */
  public static void assertStoredPropertiesEqual(Everything expected, Everything actual) {
    assertThat(actual).isNotNull();
    assertThat(actual.randId).isEqualTo(expected.randId);
    assertThat(actual.flag).isEqualTo(expected.flag);
    assertThat(actual.tiny).isEqualTo(expected.tiny);
    assertThat(actual.small).isEqualTo(expected.small);
    assertThat(actual.count).isEqualTo(expected.count);
    assertThat(actual.big).isEqualTo(expected.big);
    assertThat(Float.floatToIntBits(actual.ratio)).isEqualTo(Float.floatToIntBits(expected.ratio));
    assertThat(Double.doubleToLongBits(actual.score))
        .isEqualTo(Double.doubleToLongBits(expected.score));
    assertThat(actual.letter).isEqualTo(expected.letter);
    assertThat(actual.boxedFlag).isEqualTo(expected.boxedFlag);
    assertThat(actual.boxedTiny).isEqualTo(expected.boxedTiny);
    assertThat(actual.boxedSmall).isEqualTo(expected.boxedSmall);
    assertThat(actual.boxedCount).isEqualTo(expected.boxedCount);
    assertThat(actual.boxedBig).isEqualTo(expected.boxedBig);
    assertThat(actual.boxedRatio).isEqualTo(expected.boxedRatio); // Float.equals: NaN == NaN
    assertThat(actual.boxedScore).isEqualTo(expected.boxedScore);
    assertThat(actual.boxedLetter).isEqualTo(expected.boxedLetter);
    assertThat(actual.text).isEqualTo(expected.text);
    assertThat(actual.status).isEqualTo(expected.status);
    assertThat(actual.amount).isEqualTo(expected.amount); // BigDecimal.equals compares the scale
    assertThat(actual.huge).isEqualTo(expected.huge);
    assertThat(actual.uuid).isEqualTo(expected.uuid);
    assertThat(actual.instant).isEqualTo(expected.instant);
    assertThat(actual.date).isEqualTo(expected.date);
    assertThat(actual.dateTime).isEqualTo(expected.dateTime);
    assertThat(actual.offsetDateTime).isEqualTo(expected.offsetDateTime);
    assertThat(actual.strings).isEqualTo(expected.strings);
    assertThat(actual.numbers).isEqualTo(expected.numbers);
    assertThat(actual.statuses).isEqualTo(expected.statuses);
    assertThat(actual.counters).isEqualTo(expected.counters);
    if (expected.counters != null) {
      assertThat(actual.counters.keySet()).containsExactlyElementsOf(expected.counters.keySet());
    }
    assertThat(actual.history).isEqualTo(expected.history);
    assertThat(actual.byUuid).isEqualTo(expected.byUuid); // Double.equals: -0.0 != 0.0
    assertThat(actual.byInt).isEqualTo(expected.byInt);
    assertThat(actual.byLong).isEqualTo(expected.byLong);
    assertThat(actual.matrix).isEqualTo(expected.matrix);
    assertAddressEqual(expected.address, actual.address);
    if (expected.previousAddresses == null) {
      assertThat(actual.previousAddresses).isNull();
    } else {
      assertThat(actual.previousAddresses).hasSameSizeAs(expected.previousAddresses);
      for (int i = 0; i < expected.previousAddresses.size(); i++) {
        assertAddressEqual(expected.previousAddresses.get(i), actual.previousAddresses.get(i));
      }
    }
    assertThat(actual.location).isEqualTo(expected.location); // record equals
    assertThat(actual.getSecret()).isEqualTo(expected.getSecret());
    assertThat(actual.isVerified()).isEqualTo(expected.isVerified());
    assertThat(actual.cache).as("@Transient field").isNull();
    assertThat(actual.scratch).as("transient field").isNull();
  }

  private static void assertAddressEqual(Everything.Address expected, Everything.Address actual) {
    while (expected != null) {
      assertThat(actual).isNotNull();
      assertThat(actual.street).isEqualTo(expected.street);
      assertThat(actual.city).isEqualTo(expected.city);
      expected = expected.parent;
      actual = actual.parent;
    }
    assertThat(actual).isNull();
  }

  /** The {@code text} property, which tests vary to tell two documents apart. */
  public static String text(Everything e) {
    return e.text;
  }

  /** The {@code randId} property. */
  public static String randId(Everything e) {
    return e.randId;
  }
}
