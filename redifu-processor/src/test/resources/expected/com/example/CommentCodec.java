package com.example;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.IsoInstants;
import io.redifu.runtime.internal.codec.JsonReads;
import io.redifu.runtime.internal.codec.JsonWrites;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Comment}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Comment"
)
public final class CommentCodec implements EntityCodec<Comment> {
  private static final CommentCodec INSTANCE = new CommentCodec();

  private static final SerializableString BODY_FIELD = new SerializedString("body");

  private static final SerializableString CREATED_AT_FIELD = new SerializedString("createdAt");

  private static final SerializableString LIKES_FIELD = new SerializedString("likes");

  private static final SerializableString POST_RAND_ID_FIELD = new SerializedString("postRandId");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private static final SerializableString UPDATED_AT_FIELD = new SerializedString("updatedAt");

  private CommentCodec() {
  }

  /**
   * Returns the codec of {@link Comment}; it is stateless and thread-safe.
   */
  public static CommentCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Comment";
  }

  @Override
  public String randId(Comment value) {
    return value.getRandId();
  }

  @Override
  public void write(JsonGenerator g, Comment value) throws IOException {
    writeComment(g, value);
  }

  @Override
  public Comment read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readComment(p);
  }

  @Override
  public Class<Comment> type() {
    return Comment.class;
  }

  @Override
  public Comment copy(Comment value) {
    return copyComment(value);
  }

  private static void writeComment(JsonGenerator g, Comment value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName(RAND_ID_FIELD);
    JsonWrites.writeString(g, value.getRandId());
    g.writeFieldName(CREATED_AT_FIELD);
    JsonWrites.writeText(g, value.getCreatedAt());
    g.writeFieldName(UPDATED_AT_FIELD);
    JsonWrites.writeText(g, value.getUpdatedAt());
    g.writeFieldName(POST_RAND_ID_FIELD);
    JsonWrites.writeString(g, value.postRandId);
    g.writeFieldName(BODY_FIELD);
    JsonWrites.writeString(g, value.body);
    g.writeFieldName(LIKES_FIELD);
    g.writeNumber(value.likes);
    g.writeEndObject();
  }

  private static Comment readComment(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    Comment value = new Comment();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> value.setRandId(JsonReads.readString(p));
        case "createdAt" -> value.setCreatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "updatedAt" -> value.setUpdatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "postRandId" -> value.postRandId = JsonReads.readString(p);
        case "body" -> value.body = JsonReads.readString(p);
        case "likes" -> value.likes = JsonReads.readLong(p);
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return value;
  }

  private static Comment copyComment(Comment source) {
    if (source == null) {
      return null;
    }
    Comment value = new Comment();
    value.setRandId(source.getRandId());
    value.setCreatedAt(source.getCreatedAt());
    value.setUpdatedAt(source.getUpdatedAt());
    value.postRandId = source.postRandId;
    value.body = source.body;
    value.likes = source.likes;
    return value;
  }
}
