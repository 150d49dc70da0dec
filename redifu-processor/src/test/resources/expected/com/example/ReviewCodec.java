package com.example;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Copies;
import io.redifu.runtime.internal.codec.JsonReads;
import io.redifu.runtime.internal.codec.JsonWrites;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Review}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Review"
)
public final class ReviewCodec implements EntityCodec<Review> {
  private static final ReviewCodec INSTANCE = new ReviewCodec();

  private static final SerializableString CREATED_AT_FIELD = new SerializedString("createdAt");

  private static final SerializableString POST_RAND_ID_FIELD = new SerializedString("postRandId");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private static final SerializableString READER_RAND_IDS_FIELD = new SerializedString("readerRandIds");

  private ReviewCodec() {
  }

  /**
   * Returns the codec of {@link Review}; it is stateless and thread-safe.
   */
  public static ReviewCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Review";
  }

  @Override
  public String randId(Review value) {
    return value.randId();
  }

  @Override
  public void write(JsonGenerator g, Review value) throws IOException {
    writeReview(g, value);
  }

  @Override
  public Review read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readReview(p);
  }

  @Override
  public Class<Review> type() {
    return Review.class;
  }

  @Override
  public Review copy(Review value) {
    return copyReview(value);
  }

  private static void writeReview(JsonGenerator g, Review value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName(RAND_ID_FIELD);
    JsonWrites.writeString(g, value.randId());
    g.writeFieldName(POST_RAND_ID_FIELD);
    JsonWrites.writeString(g, value.postRandId());
    g.writeFieldName(READER_RAND_IDS_FIELD);
    JsonWrites.writeCollection(g, value.readerRandIds(), JsonWrites::writeString);
    g.writeFieldName(CREATED_AT_FIELD);
    g.writeNumber(value.createdAt());
    g.writeEndObject();
  }

  private static Review readReview(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    String randId = null;
    String postRandId = null;
    Post post = null;
    List<String> readerRandIds = null;
    List<Account> readers = null;
    String note = null;
    long createdAt = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> randId = JsonReads.readString(p);
        case "postRandId" -> postRandId = JsonReads.readString(p);
        case "readerRandIds" -> readerRandIds = JsonReads.readList(p, JsonReads::readString);
        case "createdAt" -> createdAt = JsonReads.readLong(p);
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return new Review(randId, postRandId, post, readerRandIds, readers, note, createdAt);
  }

  private static Review copyReview(Review source) {
    if (source == null) {
      return null;
    }
    String randId = null;
    String postRandId = null;
    Post post = null;
    List<String> readerRandIds = null;
    List<Account> readers = null;
    String note = null;
    long createdAt = 0;
    randId = source.randId();
    postRandId = source.postRandId();
    readerRandIds = Copies.list(source.readerRandIds(), UnaryOperator.identity());
    createdAt = source.createdAt();
    return new Review(randId, postRandId, post, readerRandIds, readers, note, createdAt);
  }
}
