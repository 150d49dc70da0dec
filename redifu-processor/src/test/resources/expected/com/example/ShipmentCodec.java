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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Shipment}, generated from its stored fields.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Shipment"
)
public final class ShipmentCodec implements EntityCodec<Shipment> {
  private static final ShipmentCodec INSTANCE = new ShipmentCodec();

  private static final SerializableString CHECKPOINTS_FIELD = new SerializedString("checkpoints");

  private static final SerializableString CITY_FIELD = new SerializedString("city");

  private static final SerializableString COUNTERS_FIELD = new SerializedString("counters");

  private static final SerializableString DECLARED_VALUE_FIELD = new SerializedString("declaredValue");

  private static final SerializableString ETA_FIELD = new SerializedString("eta");

  private static final SerializableString FEE_FIELD = new SerializedString("fee");

  private static final SerializableString HISTORY_FIELD = new SerializedString("history");

  private static final SerializableString LABELS_FIELD = new SerializedString("labels");

  private static final SerializableString LAT_FIELD = new SerializedString("lat");

  private static final SerializableString LON_FIELD = new SerializedString("lon");

  private static final SerializableString ORIGIN_FIELD = new SerializedString("origin");

  private static final SerializableString PREVIOUS_FIELD = new SerializedString("previous");

  private static final SerializableString PRIORITY_FIELD = new SerializedString("priority");

  private static final SerializableString RAND_ID_FIELD = new SerializedString("randId");

  private static final SerializableString SHIP_DATE_FIELD = new SerializedString("shipDate");

  private static final SerializableString STATUS_FIELD = new SerializedString("status");

  private static final SerializableString STOPS_FIELD = new SerializedString("stops");

  private static final SerializableString STREET_FIELD = new SerializedString("street");

  private static final SerializableString TIMESTAMPS_FIELD = new SerializedString("timestamps");

  private static final SerializableString WEIGHT_GRAMS_FIELD = new SerializedString("weightGrams");

  private ShipmentCodec() {
  }

  /**
   * Returns the codec of {@link Shipment}; it is stateless and thread-safe.
   */
  public static ShipmentCodec create() {
    return INSTANCE;
  }

  @Override
  public String entityName() {
    return "Shipment";
  }

  @Override
  public String randId(Shipment value) {
    return value.randId;
  }

  @Override
  public void write(JsonGenerator g, Shipment value) throws IOException {
    writeShipment(g, value);
  }

  @Override
  public Shipment read(JsonParser p) throws IOException {
    JsonReads.expectObject(p);
    return readShipment(p);
  }

  @Override
  public Class<Shipment> type() {
    return Shipment.class;
  }

  @Override
  public Shipment copy(Shipment value) {
    return copyShipment(value);
  }

  private static void writeShipment(JsonGenerator g, Shipment value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName(RAND_ID_FIELD);
    JsonWrites.writeString(g, value.randId);
    g.writeFieldName(STATUS_FIELD);
    JsonWrites.writeEnum(g, value.status);
    g.writeFieldName(PRIORITY_FIELD);
    JsonWrites.writeChar(g, value.priority);
    g.writeFieldName(WEIGHT_GRAMS_FIELD);
    g.writeNumber(value.weightGrams);
    g.writeFieldName(DECLARED_VALUE_FIELD);
    JsonWrites.writeBoxedDouble(g, value.declaredValue);
    g.writeFieldName(FEE_FIELD);
    JsonWrites.writeBigDecimal(g, value.fee);
    g.writeFieldName(SHIP_DATE_FIELD);
    JsonWrites.writeText(g, value.shipDate);
    g.writeFieldName(ETA_FIELD);
    JsonWrites.writeText(g, value.eta);
    g.writeFieldName(ORIGIN_FIELD);
    writeShipment_Address(g, value.origin);
    g.writeFieldName(STOPS_FIELD);
    JsonWrites.writeCollection(g, value.stops, ShipmentCodec::writeShipment_Address);
    g.writeFieldName(HISTORY_FIELD);
    JsonWrites.writeCollection(g, value.history, JsonWrites::writeEnum);
    g.writeFieldName(COUNTERS_FIELD);
    JsonWrites.writeMap(g, value.counters, Function.identity(), JsonWrites::writeBoxedLong);
    g.writeFieldName(TIMESTAMPS_FIELD);
    JsonWrites.writeMap(g, value.timestamps, Shipment.Status::name, (g1, v1) -> JsonWrites.writeCollection(g1, v1, JsonWrites::writeText));
    g.writeFieldName(CHECKPOINTS_FIELD);
    JsonWrites.writeMap(g, value.checkpoints, Object::toString, ShipmentCodec::writeShipment_GeoPoint);
    g.writeFieldName(LABELS_FIELD);
    JsonWrites.writeCollection(g, value.labels, (g1, v1) -> JsonWrites.writeCollection(g1, v1, JsonWrites::writeString));
    g.writeEndObject();
  }

  private static Shipment readShipment(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    Shipment value = new Shipment();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "randId" -> value.randId = JsonReads.readString(p);
        case "status" -> value.status = JsonReads.parseText(p, Shipment.Status::valueOf);
        case "priority" -> value.priority = JsonReads.readChar(p);
        case "weightGrams" -> value.weightGrams = JsonReads.readLong(p);
        case "declaredValue" -> value.declaredValue = JsonReads.nullable(p, JsonReads::readDouble);
        case "fee" -> value.fee = JsonReads.readBigDecimal(p);
        case "shipDate" -> value.shipDate = JsonReads.parseText(p, LocalDate::parse);
        case "eta" -> value.eta = JsonReads.parseText(p, OffsetDateTime::parse);
        case "origin" -> value.origin = readShipment_Address(p);
        case "stops" -> value.stops = JsonReads.readList(p, ShipmentCodec::readShipment_Address);
        case "history" -> value.history = JsonReads.readSet(p, p1 -> JsonReads.parseText(p1, Shipment.Status::valueOf));
        case "counters" -> value.counters = JsonReads.readMap(p, Function.identity(), p1 -> JsonReads.nullable(p1, JsonReads::readLong));
        case "timestamps" -> value.timestamps = JsonReads.readMap(p, Shipment.Status::valueOf, p1 -> JsonReads.readList(p1, p2 -> JsonReads.parseText(p2, IsoInstants::parse)));
        case "checkpoints" -> value.checkpoints = JsonReads.readMap(p, UUID::fromString, ShipmentCodec::readShipment_GeoPoint);
        case "labels" -> value.labels = JsonReads.readList(p, p1 -> JsonReads.readList(p1, JsonReads::readString));
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return value;
  }

  private static Shipment copyShipment(Shipment source) {
    if (source == null) {
      return null;
    }
    Shipment value = new Shipment();
    value.randId = source.randId;
    value.status = source.status;
    value.priority = source.priority;
    value.weightGrams = source.weightGrams;
    value.declaredValue = source.declaredValue;
    value.fee = source.fee;
    value.shipDate = source.shipDate;
    value.eta = source.eta;
    value.origin = copyShipment_Address(source.origin);
    value.stops = Copies.list(source.stops, ShipmentCodec::copyShipment_Address);
    value.history = Copies.set(source.history, UnaryOperator.identity());
    value.counters = Copies.map(source.counters, UnaryOperator.identity());
    value.timestamps = Copies.map(source.timestamps, c1 -> Copies.list(c1, UnaryOperator.identity()));
    value.checkpoints = Copies.map(source.checkpoints, ShipmentCodec::copyShipment_GeoPoint);
    value.labels = Copies.list(source.labels, c1 -> Copies.list(c1, UnaryOperator.identity()));
    return value;
  }

  private static void writeShipment_Address(JsonGenerator g, Shipment.Address value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName(STREET_FIELD);
    JsonWrites.writeString(g, value.street);
    g.writeFieldName(CITY_FIELD);
    JsonWrites.writeString(g, value.city);
    g.writeFieldName(PREVIOUS_FIELD);
    writeShipment_Address(g, value.previous);
    g.writeEndObject();
  }

  /**
   * Reads one {@link Shipment.Address}; package-private for the row scanner's JSON columns.
   */
  static Shipment.Address readShipment_Address(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    Shipment.Address value = new Shipment.Address();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "street" -> value.street = JsonReads.readString(p);
        case "city" -> value.city = JsonReads.readString(p);
        case "previous" -> value.previous = readShipment_Address(p);
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return value;
  }

  private static Shipment.Address copyShipment_Address(Shipment.Address source) {
    if (source == null) {
      return null;
    }
    Shipment.Address value = new Shipment.Address();
    value.street = source.street;
    value.city = source.city;
    value.previous = copyShipment_Address(source.previous);
    return value;
  }

  private static void writeShipment_GeoPoint(JsonGenerator g, Shipment.GeoPoint value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeFieldName(LAT_FIELD);
    JsonWrites.writeDouble(g, value.lat());
    g.writeFieldName(LON_FIELD);
    JsonWrites.writeDouble(g, value.lon());
    g.writeEndObject();
  }

  /**
   * Reads one {@link Shipment.GeoPoint}; package-private for the row scanner's JSON columns.
   */
  static Shipment.GeoPoint readShipment_GeoPoint(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonReads.expectObject(p);
    double lat = 0;
    double lon = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "lat" -> lat = JsonReads.readDouble(p);
        case "lon" -> lon = JsonReads.readDouble(p);
        default -> p.skipChildren();
      }
    }
    JsonReads.expectObjectEnd(p);
    return new Shipment.GeoPoint(lat, lon);
  }

  private static Shipment.GeoPoint copyShipment_GeoPoint(Shipment.GeoPoint source) {
    if (source == null) {
      return null;
    }
    double lat = 0;
    double lon = 0;
    lat = source.lat();
    lon = source.lon();
    return new Shipment.GeoPoint(lat, lon);
  }
}
