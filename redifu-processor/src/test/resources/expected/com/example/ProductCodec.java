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
import java.math.BigDecimal;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Product}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Product"
)
public final class ProductCodec implements EntityCodec<Product> {
  private static final ProductCodec INSTANCE = new ProductCodec();

  private static final SerializableString CREATED_AT_FIELD = new SerializedString("createdAt");

  private static final SerializableString NAME_FIELD = new SerializedString("name");

  private static final SerializableString PRICE_FIELD = new SerializedString("price");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private ProductCodec() {
  }

  /**
   * Returns the codec of {@link Product}; it is stateless and thread-safe.
   */
  public static ProductCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Product";
  }

  @Override
  public String randId(Product value) {
    return value.randId();
  }

  @Override
  public void write(JsonGenerator g, Product value) throws IOException {
    writeProduct(g, value);
  }

  @Override
  public Product read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readProduct(p);
  }

  @Override
  public Class<Product> type() {
    return Product.class;
  }

  @Override
  public Product copy(Product value) {
    return copyProduct(value);
  }

  private static void writeProduct(JsonGenerator g, Product value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName(RAND_ID_FIELD);
    JsonWrites.writeString(g, value.randId());
    g.writeFieldName(NAME_FIELD);
    JsonWrites.writeString(g, value.name());
    g.writeFieldName(PRICE_FIELD);
    JsonWrites.writeBigDecimal(g, value.price());
    g.writeFieldName(CREATED_AT_FIELD);
    JsonWrites.writeText(g, value.createdAt());
    g.writeEndObject();
  }

  private static Product readProduct(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    String randId = null;
    String name = null;
    BigDecimal price = null;
    Instant createdAt = null;
    String note = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> randId = JsonReads.readString(p);
        case "name" -> name = JsonReads.readString(p);
        case "price" -> price = JsonReads.readBigDecimal(p);
        case "createdAt" -> createdAt = JsonReads.parseText(p, IsoInstants::parse);
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return new Product(randId, name, price, createdAt, note);
  }

  private static Product copyProduct(Product source) {
    if (source == null) {
      return null;
    }
    String randId = null;
    String name = null;
    BigDecimal price = null;
    Instant createdAt = null;
    String note = null;
    randId = source.randId();
    name = source.name();
    price = source.price();
    createdAt = source.createdAt();
    return new Product(randId, name, price, createdAt, note);
  }
}
