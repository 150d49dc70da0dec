package com.example;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Copies;
import io.redifu.runtime.internal.codec.IsoInstants;
import io.redifu.runtime.internal.codec.JsonReads;
import io.redifu.runtime.internal.codec.JsonWrites;
import java.io.IOException;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Post}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Post"
)
public final class PostCodec implements EntityCodec<Post> {
  private static final PostCodec INSTANCE = new PostCodec();

  private static final SerializableString CONTENT_FIELD = new SerializedString("content");

  private static final SerializableString CREATED_AT_FIELD = new SerializedString("createdAt");

  private static final SerializableString LIKES_FIELD = new SerializedString("likes");

  private static final SerializableString PINNED_FIELD = new SerializedString("pinned");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private static final SerializableString TAGS_FIELD = new SerializedString("tags");

  private static final SerializableString TITLE_FIELD = new SerializedString("title");

  private static final SerializableString UPDATED_AT_FIELD = new SerializedString("updatedAt");

  private PostCodec() {
  }

  /**
   * Returns the codec of {@link Post}; it is stateless and thread-safe.
   */
  public static PostCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Post";
  }

  @Override
  public String randId(Post value) {
    return value.getRandId();
  }

  @Override
  public void write(JsonGenerator g, Post value) throws IOException {
    writePost(g, value);
  }

  @Override
  public Post read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readPost(p);
  }

  @Override
  public Class<Post> type() {
    return Post.class;
  }

  @Override
  public Post copy(Post value) {
    return copyPost(value);
  }

  private static void writePost(JsonGenerator g, Post value) throws IOException {
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
    g.writeFieldName(TITLE_FIELD);
    JsonWrites.writeString(g, value.title);
    g.writeFieldName(CONTENT_FIELD);
    JsonWrites.writeString(g, value.content);
    g.writeFieldName(TAGS_FIELD);
    JsonWrites.writeCollection(g, value.tags, JsonWrites::writeString);
    g.writeFieldName(LIKES_FIELD);
    g.writeNumber(value.getLikes());
    g.writeFieldName(PINNED_FIELD);
    g.writeBoolean(value.isPinned());
    g.writeEndObject();
  }

  private static Post readPost(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    Post value = new Post();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> value.setRandId(JsonReads.readString(p));
        case "createdAt" -> value.setCreatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "updatedAt" -> value.setUpdatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "title" -> value.title = JsonReads.readString(p);
        case "content" -> value.content = JsonReads.readString(p);
        case "tags" -> value.tags = JsonReads.readList(p, JsonReads::readString);
        case "likes" -> value.setLikes(JsonReads.readInt(p));
        case "pinned" -> value.setPinned(JsonReads.readBoolean(p));
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return value;
  }

  private static Post copyPost(Post source) {
    if (source == null) {
      return null;
    }
    Post value = new Post();
    value.setRandId(source.getRandId());
    value.setCreatedAt(source.getCreatedAt());
    value.setUpdatedAt(source.getUpdatedAt());
    value.title = source.title;
    value.content = source.content;
    value.tags = Copies.list(source.tags, UnaryOperator.identity());
    value.setLikes(source.getLikes());
    value.setPinned(source.isPinned());
    return value;
  }
}
