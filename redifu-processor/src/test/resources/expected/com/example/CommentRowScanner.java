package com.example;

import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.codec.SqlValues;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import javax.annotation.processing.Generated;

/**
 * JDBC row scanner of {@link Comment}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Comment"
)
public final class CommentRowScanner implements RowScanner<Comment> {
  private static final CommentRowScanner INSTANCE = new CommentRowScanner();

  private CommentRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Comment}; it is stateless and thread-safe.
   */
  public static CommentRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Comment> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int createdAtColumn = columns.required("createdAt", null);
    int updatedAtColumn = columns.optional("updatedAt", null);
    int postRandIdColumn = columns.optional("postRandId", null);
    int bodyColumn = columns.optional("body", null);
    int likesColumn = columns.required("likes", null);
    return row -> {
      Comment value = new Comment();
      value.setRandId(SqlValues.STRING.read(row, columns, randIdColumn));
      value.setCreatedAt(SqlValues.INSTANT.read(row, columns, createdAtColumn));
      if (updatedAtColumn != 0) {
        value.setUpdatedAt(SqlValues.INSTANT.read(row, columns, updatedAtColumn));
      }
      if (postRandIdColumn != 0) {
        value.postRandId = SqlValues.STRING.read(row, columns, postRandIdColumn);
      }
      if (bodyColumn != 0) {
        value.body = SqlValues.STRING.read(row, columns, bodyColumn);
      }
      value.likes = SqlValues.LONG.readOrDefault(row, columns, likesColumn);
      return value;
    };
  }

  @Override
  public String column(String property) {
    return null;
  }
}
