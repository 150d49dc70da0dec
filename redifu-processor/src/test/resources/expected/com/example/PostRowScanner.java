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
 * JDBC row scanner of {@link Post}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Post"
)
public final class PostRowScanner implements RowScanner<Post> {
  private static final PostRowScanner INSTANCE = new PostRowScanner();

  private static final JsonReads.Reader<List<String>> TAGS_JSON = p0 -> JsonReads.readList(p0, JsonReads::readString);

  private PostRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Post}; it is stateless and thread-safe.
   */
  public static PostRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Post> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int createdAtColumn = columns.required("createdAt", null);
    int updatedAtColumn = columns.optional("updatedAt", null);
    int titleColumn = columns.optional("title", null);
    int contentColumn = columns.required("content", "body");
    int tagsColumn = columns.optional("tags", null);
    int likesColumn = columns.required("likes", null);
    int pinnedColumn = columns.optional("pinned", null);
    return row -> {
      Post value = new Post();
      value.setRandId(SqlValues.STRING.read(row, columns, randIdColumn));
      value.setCreatedAt(SqlValues.INSTANT.read(row, columns, createdAtColumn));
      if (updatedAtColumn != 0) {
        value.setUpdatedAt(SqlValues.INSTANT.read(row, columns, updatedAtColumn));
      }
      if (titleColumn != 0) {
        value.title = SqlValues.STRING.read(row, columns, titleColumn);
      }
      value.content = SqlValues.STRING.read(row, columns, contentColumn);
      if (tagsColumn != 0) {
        value.tags = SqlValues.readArrayOrJson(row, columns, tagsColumn, SqlValues.arrayAsList(SqlValues.STRING), TAGS_JSON);
      }
      value.setLikes(SqlValues.INT.readOrDefault(row, columns, likesColumn));
      if (pinnedColumn != 0) {
        value.setPinned(SqlValues.BOOLEAN.readOrDefault(row, columns, pinnedColumn));
      }
      return value;
    };
  }

  @Override
  public String column(String property) {
    return switch (property) {
      case "content" -> "body";
      default -> null;
    };
  }
}
