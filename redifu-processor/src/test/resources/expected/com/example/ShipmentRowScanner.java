package com.example;

import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.IsoInstants;
import io.redifu.runtime.internal.codec.JsonReads;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.codec.SqlValues;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * JDBC row scanner of {@link Shipment}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Shipment"
)
public final class ShipmentRowScanner implements RowScanner<Shipment> {
  private static final ShipmentRowScanner INSTANCE = new ShipmentRowScanner();

  private static final JsonReads.Reader<Shipment.Address> ORIGIN_JSON = ShipmentCodec::readShipment_Address;

  private static final JsonReads.Reader<List<Shipment.Address>> STOPS_JSON = p0 -> JsonReads.readList(p0, ShipmentCodec::readShipment_Address);

  private static final JsonReads.Reader<Set<Shipment.Status>> HISTORY_JSON = p0 -> JsonReads.readSet(p0, p1 -> JsonReads.parseText(p1, Shipment.Status::valueOf));

  private static final JsonReads.Reader<Map<String, Long>> COUNTERS_JSON = p0 -> JsonReads.readMap(p0, Function.identity(), p1 -> JsonReads.nullable(p1, JsonReads::readLong));

  private static final JsonReads.Reader<Map<Shipment.Status, List<Instant>>> TIMESTAMPS_JSON = p0 -> JsonReads.readMap(p0, Shipment.Status::valueOf, p1 -> JsonReads.readList(p1, p2 -> JsonReads.parseText(p2, IsoInstants::parse)));

  private static final JsonReads.Reader<Map<UUID, Shipment.GeoPoint>> CHECKPOINTS_JSON = p0 -> JsonReads.readMap(p0, UUID::fromString, ShipmentCodec::readShipment_GeoPoint);

  private static final JsonReads.Reader<List<List<String>>> LABELS_JSON = p0 -> JsonReads.readList(p0, p1 -> JsonReads.readList(p1, JsonReads::readString));

  private ShipmentRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Shipment}; it is stateless and thread-safe.
   */
  public static ShipmentRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Shipment> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int statusColumn = columns.optional("status", null);
    int priorityColumn = columns.optional("priority", null);
    int weightGramsColumn = columns.required("weightGrams", null);
    int declaredValueColumn = columns.optional("declaredValue", null);
    int feeColumn = columns.optional("fee", null);
    int shipDateColumn = columns.optional("shipDate", null);
    int etaColumn = columns.required("eta", null);
    int originColumn = columns.optional("origin", null);
    int stopsColumn = columns.optional("stops", null);
    int historyColumn = columns.optional("history", null);
    int countersColumn = columns.optional("counters", null);
    int timestampsColumn = columns.optional("timestamps", null);
    int checkpointsColumn = columns.optional("checkpoints", null);
    int labelsColumn = columns.optional("labels", null);
    return row -> {
      Shipment value = new Shipment();
      value.randId = SqlValues.STRING.read(row, columns, randIdColumn);
      if (statusColumn != 0) {
        value.status = SqlValues.readEnum(row, columns, statusColumn, Shipment.Status::valueOf);
      }
      if (priorityColumn != 0) {
        value.priority = SqlValues.CHAR.readOrDefault(row, columns, priorityColumn);
      }
      value.weightGrams = SqlValues.LONG.readOrDefault(row, columns, weightGramsColumn);
      if (declaredValueColumn != 0) {
        value.declaredValue = SqlValues.DOUBLE.read(row, columns, declaredValueColumn);
      }
      if (feeColumn != 0) {
        value.fee = SqlValues.BIG_DECIMAL.read(row, columns, feeColumn);
      }
      if (shipDateColumn != 0) {
        value.shipDate = SqlValues.LOCAL_DATE.read(row, columns, shipDateColumn);
      }
      value.eta = SqlValues.OFFSET_DATE_TIME.read(row, columns, etaColumn);
      if (originColumn != 0) {
        value.origin = SqlValues.readJson(row, columns, originColumn, ORIGIN_JSON);
      }
      if (stopsColumn != 0) {
        value.stops = SqlValues.readJson(row, columns, stopsColumn, STOPS_JSON);
      }
      if (historyColumn != 0) {
        value.history = SqlValues.readArrayOrJson(row, columns, historyColumn, SqlValues.arrayAsSet(SqlValues.enumGetter(Shipment.Status::valueOf)), HISTORY_JSON);
      }
      if (countersColumn != 0) {
        value.counters = SqlValues.readJson(row, columns, countersColumn, COUNTERS_JSON);
      }
      if (timestampsColumn != 0) {
        value.timestamps = SqlValues.readJson(row, columns, timestampsColumn, TIMESTAMPS_JSON);
      }
      if (checkpointsColumn != 0) {
        value.checkpoints = SqlValues.readJson(row, columns, checkpointsColumn, CHECKPOINTS_JSON);
      }
      if (labelsColumn != 0) {
        value.labels = SqlValues.readJson(row, columns, labelsColumn, LABELS_JSON);
      }
      return value;
    };
  }

  @Override
  public String column(String property) {
    return null;
  }
}
