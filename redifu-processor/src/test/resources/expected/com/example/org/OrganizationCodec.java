package com.example.org;

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
 * JSON codec of {@link Organization}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Organization"
)
public final class OrganizationCodec implements EntityCodec<Organization> {
  private static final OrganizationCodec INSTANCE = new OrganizationCodec();

  private static final SerializableString CREATED_AT_FIELD = new SerializedString("createdAt");

  private static final SerializableString NAME_FIELD = new SerializedString("name");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private static final SerializableString UPDATED_AT_FIELD = new SerializedString("updatedAt");

  private OrganizationCodec() {
  }

  /**
   * Returns the codec of {@link Organization}; it is stateless and thread-safe.
   */
  public static OrganizationCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Organization";
  }

  @Override
  public String randId(Organization value) {
    return value.getRandId();
  }

  @Override
  public void write(JsonGenerator g, Organization value) throws IOException {
    writeOrganization(g, value);
  }

  @Override
  public Organization read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readOrganization(p);
  }

  @Override
  public Class<Organization> type() {
    return Organization.class;
  }

  @Override
  public Organization copy(Organization value) {
    return copyOrganization(value);
  }

  private static void writeOrganization(JsonGenerator g, Organization value) throws IOException {
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
    g.writeFieldName(NAME_FIELD);
    JsonWrites.writeString(g, value.name);
    g.writeEndObject();
  }

  private static Organization readOrganization(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    Organization value = new Organization();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> value.setRandId(JsonReads.readString(p));
        case "createdAt" -> value.setCreatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "updatedAt" -> value.setUpdatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "name" -> value.name = JsonReads.readString(p);
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return value;
  }

  private static Organization copyOrganization(Organization source) {
    if (source == null) {
      return null;
    }
    Organization value = new Organization();
    value.setRandId(source.getRandId());
    value.setCreatedAt(source.getCreatedAt());
    value.setUpdatedAt(source.getUpdatedAt());
    value.name = source.name;
    return value;
  }
}
