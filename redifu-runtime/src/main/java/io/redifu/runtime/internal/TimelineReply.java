package io.redifu.runtime.internal;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import io.redifu.runtime.TimelinePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the timeline fetch script answered: where the page starts, the collection's state, and the
 * page's ids with their scores.
 */
record TimelineReply(
    String cursorId,
    long start,
    long size,
    boolean complete,
    List<String> ids,
    List<Double> scores) {

  /** Reads {'ok', cursorId, start, card, seeded, tail, empty, id1, score1, ...}. */
  static TimelineReply of(List<?> reply) {
    List<String> ids = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 7; i + 1 < reply.size(); i += 2) {
      ids.add(Keys.string((byte[]) reply.get(i)));
      scores.add(Double.parseDouble(Keys.string((byte[]) reply.get(i + 1))));
    }
    Object cursorId = reply.get(1);
    return new TimelineReply(
        cursorId instanceof byte[] bytes ? Keys.string(bytes) : null,
        (Long) reply.get(2),
        (Long) reply.get(3),
        isSet(reply.get(5)) || isSet(reply.get(6)),
        ids,
        scores);
  }

  /** Reads the page's documents (one round trip) and assembles the page. */
  <T> TimelinePage<T> page(EntityStore<T> documents) {
    Map<String, T> found = documents.getAll(ids);
    List<T> items = new ArrayList<>(ids.size());
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      T item = found.get(id);
      if (item == null) {
        missing.add(id);
      } else {
        items.add(item);
      }
    }
    boolean reachesEnd = complete && start + ids.size() >= size;
    Position position =
        start == 0 ? Position.FIRST_PAGE : reachesEnd ? Position.LAST_PAGE : Position.MIDDLE_PAGE;
    int last = ids.size() - 1;
    return new TimelinePage<>(
        items,
        last >= 0 ? ids.get(last) : cursorId,
        position,
        !reachesEnd,
        last >= 0 ? Cursor.of(scores.get(last), ids.get(last)).token() : null,
        missing);
  }

  private static boolean isSet(Object flag) {
    return flag instanceof byte[] bytes && bytes.length == 1 && bytes[0] == '1';
  }
}
