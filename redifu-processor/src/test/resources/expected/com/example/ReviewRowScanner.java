package com.example;

import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.JsonReads;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.codec.SqlValues;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JDBC row scanner of {@link Review}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Review"
)
public final class ReviewRowScanner implements RowScanner<Review> {
  private static final ReviewRowScanner INSTANCE = new ReviewRowScanner();

  private static final JsonReads.Reader<List<String>> READER_RAND_IDS_JSON = p0 -> JsonReads.readList(p0, JsonReads::readString);

  private ReviewRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Review}; it is stateless and thread-safe.
   */
  public static ReviewRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Review> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int postRandIdColumn = columns.optional("postRandId", null);
    int readerRandIdsColumn = columns.optional("readerRandIds", null);
    int createdAtColumn = columns.optional("createdAt", null);
    return row -> {
      String randId = null;
      String postRandId = null;
      Post post = null;
      List<String> readerRandIds = null;
      List<Account> readers = null;
      String note = null;
      long createdAt = 0;
      randId = SqlValues.STRING.read(row, columns, randIdColumn);
      if (postRandIdColumn != 0) {
        postRandId = SqlValues.STRING.read(row, columns, postRandIdColumn);
      }
      if (readerRandIdsColumn != 0) {
        readerRandIds = SqlValues.readArrayOrJson(row, columns, readerRandIdsColumn, SqlValues.arrayAsList(SqlValues.STRING), READER_RAND_IDS_JSON);
      }
      if (createdAtColumn != 0) {
        createdAt = SqlValues.LONG.readOrDefault(row, columns, createdAtColumn);
      }
      return new Review(randId, postRandId, post, readerRandIds, readers, note, createdAt);
    };
  }

  @Override
  public String column(String property) {
    return null;
  }
}
