package io.redifu.runtime.internal.collection;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.document.EntityReads;
import io.redifu.runtime.internal.document.MissingDocuments;
import io.redifu.runtime.internal.document.Prefetched;
import io.redifu.runtime.internal.document.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a timeline read found: where the page lies, its ids with the last one's score, and the
 * documents when the read brought them.
 *
 * @param cursorId the id the page was read after, if any
 * @param atTop whether the page starts at the top of the timeline
 * @param reachesEnd whether the cache is complete and this page reaches its end
 */
public record TimelineReply(
    String cursorId,
    boolean atTop,
    boolean reachesEnd,
    List<String> ids,
    double lastScore,
    List<byte[]> documents,
    List<Prefetched> related) {

  /**
   * Reads {'ok', cursorId, start, card, seeded, tail, empty, n, id1, ..., idn, score of idn},
   * optionally followed by the n documents (null where absent), k and k related documents.
   */
  public static TimelineReply of(List<?> reply) {
    int count = Math.toIntExact((Long) reply.get(7));
    List<String> ids = new ArrayList<>(count);
    for (int i = 8; i < 8 + count; i++) {
      ids.add(Bytes.decode((byte[]) reply.get(i)));
    }
    int next = 8 + count;
    double lastScore = Double.NaN;
    if (count > 0) {
      lastScore = Double.parseDouble(Bytes.decode((byte[]) reply.get(next++)));
    }
    List<byte[]> documents = null;
    List<Prefetched> related = List.of();
    if (reply.size() > next) {
      documents = new ArrayList<>(count);
      for (int i = next; i < next + count; i++) {
        documents.add((byte[]) reply.get(i));
      }
      next += count;
      int k = Math.toIntExact((Long) reply.get(next++));
      related = new ArrayList<>(k);
      for (int i = 0; i < k; i++, next += 3) {
        related.add(
            new Prefetched(
                Math.toIntExact((Long) reply.get(next)),
                Bytes.decode((byte[]) reply.get(next + 1)),
                (byte[]) reply.get(next + 2)));
      }
    }
    Object cursorId = reply.get(1);
    long start = (Long) reply.get(2);
    boolean complete = isSet(reply.get(5)) || isSet(reply.get(6));
    return new TimelineReply(
        cursorId instanceof byte[] bytes ? Bytes.decode(bytes) : null,
        start == 0,
        complete && start + count >= (Long) reply.get(3),
        ids,
        lastScore,
        documents,
        related);
  }

  /**
   * Assembles the page from the documents that came with the reply, or else reads them (one more
   * round trip).
   */
  public <T> TimelinePage<T> page(Documents<T> store) {
    EntityReads.PageRead<T> read =
        documents == null
            ? store.reads().readPage(ids)
            : store.reads().completePage(ids, documents, related);
    Map<String, T> found = read.found();
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
    Resolution<T> resolution = store.reads().resolve(items, read.related());
    MissingDocuments.reported(store.reads().meter(), missing.size(), resolution.missing().size());
    Position position =
        atTop ? Position.FIRST_PAGE : reachesEnd ? Position.LAST_PAGE : Position.MIDDLE_PAGE;
    int last = ids.size() - 1;
    return new TimelinePage<>(
        resolution.items(),
        last >= 0 ? ids.get(last) : cursorId,
        position,
        !reachesEnd,
        last >= 0 ? Cursor.of(lastScore, ids.get(last)).token() : null,
        missing,
        resolution.missing());
  }

  static boolean isSet(Object flag) {
    return flag instanceof byte[] bytes && bytes.length == 1 && bytes[0] == '1';
  }
}
