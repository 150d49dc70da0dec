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
 * JSON codec of {@link Transaction}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Transaction"
)
public final class TransactionCodec implements EntityCodec<Transaction> {
  private static final TransactionCodec INSTANCE = new TransactionCodec();

  private static final SerializableString ACCOUNT_RAND_ID_FIELD = new SerializedString("accountRandId");

  private static final SerializableString AMOUNT_CENTS_FIELD = new SerializedString("amountCents");

  private static final SerializableString CREATED_AT_FIELD = new SerializedString("createdAt");

  private static final SerializableString LEDGER_ID_FIELD = new SerializedString("ledgerId");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private static final SerializableString SEQUENCE_FIELD = new SerializedString("sequence");

  private static final SerializableString UPDATED_AT_FIELD = new SerializedString("updatedAt");

  private TransactionCodec() {
  }

  /**
   * Returns the codec of {@link Transaction}; it is stateless and thread-safe.
   */
  public static TransactionCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Transaction";
  }

  @Override
  public String randId(Transaction value) {
    return value.getRandId();
  }

  @Override
  public void write(JsonGenerator g, Transaction value) throws IOException {
    writeTransaction(g, value);
  }

  @Override
  public Transaction read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readTransaction(p);
  }

  @Override
  public Class<Transaction> type() {
    return Transaction.class;
  }

  @Override
  public Transaction copy(Transaction value) {
    return copyTransaction(value);
  }

  private static void writeTransaction(JsonGenerator g, Transaction value) throws IOException {
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
    g.writeFieldName(ACCOUNT_RAND_ID_FIELD);
    JsonWrites.writeString(g, value.accountRandId);
    g.writeFieldName(LEDGER_ID_FIELD);
    JsonWrites.writeString(g, value.ledgerId);
    g.writeFieldName(AMOUNT_CENTS_FIELD);
    g.writeNumber(value.amountCents);
    g.writeFieldName(SEQUENCE_FIELD);
    JsonWrites.writeBoxedLong(g, value.getSequence());
    g.writeEndObject();
  }

  private static Transaction readTransaction(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    Transaction value = new Transaction();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> value.setRandId(JsonReads.readString(p));
        case "createdAt" -> value.setCreatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "updatedAt" -> value.setUpdatedAt(JsonReads.parseText(p, IsoInstants::parse));
        case "accountRandId" -> value.accountRandId = JsonReads.readString(p);
        case "ledgerId" -> value.ledgerId = JsonReads.readString(p);
        case "amountCents" -> value.amountCents = JsonReads.readLong(p);
        case "sequence" -> value.setSequence(JsonReads.nullable(p, JsonReads::readLong));
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return value;
  }

  private static Transaction copyTransaction(Transaction source) {
    if (source == null) {
      return null;
    }
    Transaction value = new Transaction();
    value.setRandId(source.getRandId());
    value.setCreatedAt(source.getCreatedAt());
    value.setUpdatedAt(source.getUpdatedAt());
    value.accountRandId = source.accountRandId;
    value.ledgerId = source.ledgerId;
    value.amountCents = source.amountCents;
    value.setSequence(source.getSequence());
    return value;
  }
}
