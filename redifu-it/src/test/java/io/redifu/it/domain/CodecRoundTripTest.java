package io.redifu.it.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated JSON codecs without Redis (SPEC §6): every supported type round trips, unknown
 * fields are skipped, absent fields keep defaults, transient fields are never written, and any
 * malformed document is a {@link CorruptEntryException} naming its key.
 */
class CodecRoundTripTest {
  private static final String KEY = "everything:test-key";

  private static <T> T roundTrip(EntityCodec<T> codec, T value) {
    return JsonCodecs.decode(codec, JsonCodecs.encode(codec, value), KEY);
  }

  private static <T> T decode(EntityCodec<T> codec, String json) {
    return JsonCodecs.decode(codec, json.getBytes(UTF_8), KEY);
  }

  @Test
  void everyPropertyRoundTrips() {
    Everything original = EverythingFixtures.full("e1", "some text");

    Everything decoded = roundTrip(EverythingCodec.create(), original);

    EverythingFixtures.assertStoredPropertiesEqual(original, decoded);
  }

  @Test
  void edgeValuesAreExact() {
    Everything decoded = roundTrip(EverythingCodec.create(), EverythingFixtures.full("e2", "text"));

    assertThat(decoded.big).isEqualTo(Long.MIN_VALUE);
    assertThat(decoded.score).isNaN();
    assertThat(decoded.boxedScore).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(decoded.boxedRatio).isNaN();
    assertThat(decoded.amount.scale()).isEqualTo(4);
    assertThat(decoded.address.parent.parent.city).isEqualTo("State");
    assertThat(decoded.address.parent.parent.parent).isNull();
    assertThat(decoded.byUuid.values()).containsExactly(Double.POSITIVE_INFINITY, -0.0);
    assertThat(Double.doubleToRawLongBits(decoded.byUuid.values().toArray(new Double[0])[1]))
        .as("negative zero keeps its sign")
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(decoded.matrix).containsExactly(List.of("r0c0", "r0c1"), List.of(), null);
  }

  @Test
  void infinitiesAndNanOfEveryFloatingPropertyRoundTrip() {
    Everything e = new Everything();
    e.randId = "e3";
    e.ratio = Float.NEGATIVE_INFINITY;
    e.score = Double.POSITIVE_INFINITY;
    e.boxedRatio = Float.POSITIVE_INFINITY;
    e.boxedScore = Double.NaN;
    e.location = new Everything.GeoPoint(Double.NaN, Double.NEGATIVE_INFINITY, null);

    Everything decoded = roundTrip(EverythingCodec.create(), e);

    assertThat(decoded.ratio).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(decoded.score).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(decoded.boxedRatio).isEqualTo(Float.POSITIVE_INFINITY);
    assertThat(decoded.boxedScore).isNaN();
    assertThat(decoded.location).isEqualTo(e.location);
  }

  @Test
  void nullReferencesRoundTripAsNull() {
    Everything empty = new Everything();
    empty.randId = "e4";

    String json = JsonCodecs.encodeToString(EverythingCodec.create(), empty);
    Everything decoded = decode(EverythingCodec.create(), json);

    EverythingFixtures.assertStoredPropertiesEqual(empty, decoded);
    assertThat(json).contains("\"text\":null", "\"address\":null", "\"boxedCount\":null");
  }

  @Test
  void transientFieldsAreNotWrittenAndStayDefaultOnRead() {
    Everything e = EverythingFixtures.full("e5", "text");
    Post post = new Post();
    post.init();
    post.setRenderedHtml("<p>html</p>");

    String everythingJson = JsonCodecs.encodeToString(EverythingCodec.create(), e);
    String postJson = JsonCodecs.encodeToString(PostCodec.create(), post);

    assertThat(everythingJson).doesNotContain("\"cache\"", "\"scratch\"");
    assertThat(postJson).doesNotContain("renderedHtml", "<p>html</p>");
    Everything decoded =
        decode(
            EverythingCodec.create(),
            "{\"randId\":\"e5\",\"cache\":{\"x\":1},\"scratch\":\"from json\"}");
    assertThat(decoded.cache).isNull();
    assertThat(decoded.scratch).isNull();
    Post decodedPost = decode(PostCodec.create(), "{\"renderedHtml\":\"<b>stale</b>\"}");
    assertThat(decodedPost.getRenderedHtml()).isNull();
  }

  @Test
  void privatePropertiesGoThroughTheirAccessors() {
    Everything e = new Everything();
    e.setSecret("hidden");
    e.setVerified(true);

    String json = JsonCodecs.encodeToString(EverythingCodec.create(), e);

    assertThat(json).contains("\"secret\":\"hidden\"", "\"verified\":true");
    Everything decoded = decode(EverythingCodec.create(), json);
    assertThat(decoded.getSecret()).isEqualTo("hidden");
    assertThat(decoded.isVerified()).isTrue();
  }

  @Test
  void unknownFieldsAreIgnored() {
    String json =
        "{\"before\":{\"deep\":[1,{\"x\":[true,null]}],\"s\":\"}\"},"
            + "\"randId\":\"e6\",\"arr\":[[1],[2,[3]]],\"n\":null,\"f\":1.5e300,"
            + "\"count\":7,\"text\":\"kept\",\"after\":\"string\"}";

    Everything decoded = decode(EverythingCodec.create(), json);

    assertThat(decoded.randId).isEqualTo("e6");
    assertThat(decoded.count).isEqualTo(7);
    assertThat(decoded.text).isEqualTo("kept");
  }

  @Test
  void unknownFieldsInsideNestedObjectsAreIgnored() {
    String json =
        "{\"address\":{\"zip\":{\"a\":[1]},\"city\":\"Paris\",\"parent\":null},"
            + "\"location\":{\"alt\":[1,2],\"lat\":1.5,\"lon\":-2.5,\"label\":\"x\"}}";

    Everything decoded = decode(EverythingCodec.create(), json);

    assertThat(decoded.address.city).isEqualTo("Paris");
    assertThat(decoded.address.street).isNull();
    assertThat(decoded.location).isEqualTo(new Everything.GeoPoint(1.5, -2.5, "x"));
  }

  @Test
  void absentFieldsKeepTheirDefaults() {
    Post post = decode(PostCodec.create(), "{\"randId\":\"p1\",\"title\":\"t\"}");
    Account account = decode(AccountCodec.create(), "{\"randId\":\"a1\"}");
    Everything everything = decode(EverythingCodec.create(), "{}");

    assertThat(post.getTags()).isInstanceOf(ArrayList.class).isEmpty();
    assertThat(post.getTitle()).isEqualTo("t");
    assertThat(post.getContent()).isNull();
    assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.getFollowers()).isZero();
    assertThat(everything.randId).isNull();
    assertThat(everything.count).isZero();
    assertThat(everything.score).isZero();
  }

  @Test
  void baseRecordPropertiesRoundTrip() {
    Post post = new Post();
    post.init();
    post.setTitle("title");
    post.setAuthorRandId("author");
    post.getTags().add("a");

    Post decoded = roundTrip(PostCodec.create(), post);

    assertThat(decoded.getRandId()).isEqualTo(post.getRandId());
    assertThat(decoded.getCreatedAt()).isEqualTo(post.getCreatedAt());
    assertThat(decoded.getUpdatedAt()).isEqualTo(post.getUpdatedAt());
    assertThat(decoded.getTitle()).isEqualTo("title");
    assertThat(decoded.getAuthorRandId()).isEqualTo("author");
    assertThat(decoded.getTags()).containsExactly("a");
  }

  @Test
  void recordsRoundTrip() {
    Product product =
        new Product(
            "pr1", "Widget \u00e9", new BigDecimal("1E+3"), Instant.parse("2024-01-01T00:00:00Z"));
    Product nulls = new Product("pr2", null, null, null);

    assertThat(roundTrip(ProductCodec.create(), product)).isEqualTo(product);
    assertThat(roundTrip(ProductCodec.create(), product).price().scale()).isEqualTo(-3);
    assertThat(roundTrip(ProductCodec.create(), nulls)).isEqualTo(nulls);
    assertThat(decode(ProductCodec.create(), "{\"randId\":\"pr3\",\"extra\":[1]}"))
        .isEqualTo(new Product("pr3", null, null, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "null",
        "[]",
        "[{\"randId\":\"x\"}]",
        "\"a string\"",
        "42",
        "{\"randId\":\"x\"",
        "{\"randId\":\"x\",\"count\":1",
        "{\"randId\":",
        "{\"randId\":\"x\",}",
        "{\"randId\":\"x\"} garbage",
        "{\"randId\":\"x\"}{}",
        "{\"randId\":\"x\"}]",
        "{\"count\":\"x\"}",
        "{\"count\":1.5}",
        "{\"count\":3000000000}",
        "{\"count\":null}",
        "{\"big\":1e3}",
        "{\"big\":99999999999999999999}",
        "{\"tiny\":300}",
        "{\"small\":70000}",
        "{\"flag\":1}",
        "{\"flag\":\"true\"}",
        "{\"score\":\"fast\"}",
        "{\"score\":true}",
        "{\"letter\":\"ab\"}",
        "{\"letter\":\"\"}",
        "{\"randId\":7}",
        "{\"text\":{}}",
        "{\"status\":\"NOPE\"}",
        "{\"status\":1}",
        "{\"amount\":\"12.5\"}",
        "{\"huge\":1.5}",
        "{\"uuid\":\"not-a-uuid\"}",
        "{\"instant\":\"yesterday\"}",
        "{\"date\":\"2024-13-01\"}",
        "{\"strings\":\"a\"}",
        "{\"strings\":[1]}",
        "{\"strings\":{}}",
        "{\"numbers\":[1.5]}",
        "{\"statuses\":[\"NOPE\"]}",
        "{\"counters\":[]}",
        "{\"counters\":{\"a\":\"b\"}}",
        "{\"history\":{\"NOPE\":[]}}",
        "{\"byUuid\":{\"nope\":1.0}}",
        "{\"byInt\":{\"x\":\"a\"}}",
        "{\"byLong\":{\"1.5\":true}}",
        "{\"matrix\":[\"a\"]}",
        "{\"address\":[]}",
        "{\"address\":{\"city\":1}}",
        "{\"address\":{\"parent\":\"up\"}}",
        "{\"location\":{\"lat\":\"north\"}}",
        "{\"location\":[1,2]}",
        "{\"previousAddresses\":{}}",
        "{\"verified\":\"yes\"}",
        "{'randId':'single quotes'}",
        "{randId:\"unquoted\"}",
      })
  void malformedDocumentsAreCorruptEntriesNamingTheKey(String json) {
    assertThatThrownBy(() -> decode(EverythingCodec.create(), json))
        .isInstanceOfSatisfying(
            CorruptEntryException.class, e -> assertThat(e.key()).isEqualTo(KEY))
        .hasMessageContaining(KEY)
        .hasMessageContaining("Everything");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"price\":\"1.5\"}",
        "{\"createdAt\":12}",
        "{\"name\":[]}",
        "{\"randId\":\"x\"",
        "null",
      })
  void malformedRecordDocumentsAreCorruptEntries(String json) {
    assertThatThrownBy(() -> decode(ProductCodec.create(), json))
        .isInstanceOfSatisfying(
            CorruptEntryException.class, e -> assertThat(e.key()).isEqualTo(KEY));
  }

  @Test
  void invalidUtf8IsACorruptEntry() {
    byte[] bytes = {
      '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
    };

    assertThatThrownBy(() -> JsonCodecs.decode(EverythingCodec.create(), bytes, KEY))
        .isInstanceOfSatisfying(
            CorruptEntryException.class, e -> assertThat(e.key()).isEqualTo(KEY));
  }
}
