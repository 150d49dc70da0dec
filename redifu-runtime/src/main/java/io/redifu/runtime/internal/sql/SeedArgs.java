package io.redifu.runtime.internal.sql;

import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The bind values of a plain SQL seed query for the connection's dialect. A {@link Collection}
 * argument is bound as one SQL array, so {@code randid = ANY(?)} takes a loader's id list as the
 * spec shows it; on MySQL and MariaDB, which have no arrays, it is a {@link SeedException} naming
 * the argument and the jOOQ {@code IN} form instead.
 */
final class SeedArgs {
  private SeedArgs() {}

  static Object[] of(SeedQuery query, SQLDialect dialect) {
    List<Object> args = query.args();
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          args.get(i) instanceof Collection<?> elements
              ? array(query, i + 1, elements, dialect)
              : args.get(i);
    }
    return values;
  }

  private static Object array(
      SeedQuery query, int position, Collection<?> elements, SQLDialect dialect) {
    if (dialect.family() == SQLDialect.MYSQL || dialect.family() == SQLDialect.MARIADB) {
      throw new SeedException(
          dialect.getName()
              + " cannot bind argument "
              + position
              + " of the query, a collection (size "
              + elements.size()
              + "): it has no SQL arrays. Select by a list with jOOQ instead, which renders"
              + " IN (?, ?, ...) on every database: SeedQuery.jooq(select(...).from(...)"
              + ".where(field(\"randid\").in(ids))). Query: "
              + query);
    }
    Object first = ""; // an empty or all-null collection: an array of text
    for (Object element : elements) {
      if (element != null) {
        first = element;
        break;
      }
    }
    int size = elements.size();
    Object[] array;
    if (first instanceof String) {
      array = new String[size];
    } else if (first instanceof Long) {
      array = new Long[size];
    } else if (first instanceof Integer) {
      array = new Integer[size];
    } else if (first instanceof UUID) {
      array = new UUID[size];
    } else {
      throw unsupported(query, position, first);
    }
    int i = 0;
    for (Object element : elements) {
      try {
        array[i++] = element; // the array's own type refuses an element of another
      } catch (ArrayStoreException mixed) {
        throw unsupported(query, position, element);
      }
    }
    return DSL.val(array);
  }

  private static SeedException unsupported(SeedQuery query, int position, Object element) {
    return new SeedException(
        "Cannot bind argument "
            + position
            + " of the query, a collection holding a "
            + element.getClass().getName()
            + ": a collection argument becomes an SQL array of String, Long, Integer or UUID,"
            + " all of one type. Query: "
            + query);
  }
}
