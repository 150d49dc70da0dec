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
 * JSON codec of {@link Account}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Account"
)
public final class AccountCodec implements EntityCodec<Account> {
  private static final AccountCodec INSTANCE = new AccountCodec();

  private static final SerializableString CREATED_AT_FIELD = new SerializedString("createdAt");

  private static final SerializableString MANAGER_ID_FIELD = new SerializedString("managerId");

  private static final SerializableString NAME_FIELD = new SerializedString("name");

  private static final SerializableString ORGANIZATION_RAND_ID_FIELD = new SerializedString("organizationRandId");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private static final SerializableString UPDATED_AT_FIELD = new SerializedString("updatedAt");

  private AccountCodec() {
  }

  /**
   * Returns the codec of {@link Account}; it is stateless and thread-safe.
   */
  public static AccountCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Account";
  }

  @Override
  public String randId(Account value) {
    return value.getRandId();
  }

  @Override
  public void write(JsonGenerator g, Account value) throws IOException {
    writeAccount(g, value);
  }

  @Override
  public Account read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readAccount(p);
  }

  @Override
  public Class<Account> type() {
    return Account.class;
  }

  @Override
  public Account copy(Account value) {
    return copyAccount(value);
  }

  private static void writeAccount(JsonGenerator g, Account value) throws IOException {
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
    g.writeFieldName(ORGANIZATION_RAND_ID_FIELD);
    JsonWrites.writeString(g, value.organizationRandId);
    g.writeFieldName(MANAGER_ID_FIELD);
    JsonWrites.writeString(g, value.getManagerId());
    g.writeEndObject();
  }

  private static Account readAccount(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    Account value = new Account();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> value.setRandId(JsonReads.readString(p));
        case "createdAt" -> value.setCreatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "updatedAt" -> value.setUpdatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "name" -> value.name = JsonReads.readString(p);
        case "organizationRandId" -> value.organizationRandId = JsonReads.readString(p);
        case "managerId" -> value.setManagerId(JsonReads.readString(p));
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return value;
  }

  private static Account copyAccount(Account source) {
    if (source == null) {
      return null;
    }
    Account value = new Account();
    value.setRandId(source.getRandId());
    value.setCreatedAt(source.getCreatedAt());
    value.setUpdatedAt(source.getUpdatedAt());
    value.name = source.name;
    value.organizationRandId = source.organizationRandId;
    value.setManagerId(source.getManagerId());
    return value;
  }
}
