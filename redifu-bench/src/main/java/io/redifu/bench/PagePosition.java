package io.redifu.bench;

import io.redifu.runtime.Cursor;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * This thread's place in the shared cursor sequence: every strategy reads the same sequence, and
 * thread {@code t} of {@code n} starts {@code t/n} of the way into it.
 */
@State(Scope.Thread)
public class PagePosition {
  private int next;

  @Setup(Level.Trial)
  public void setUp(ThreadParams thread) {
    next = thread.getThreadIndex() * (PageFeed.POSITIONS / thread.getThreadCount());
  }

  Cursor next(PageFeed feed) {
    return feed.cursors[nextIndex(feed)];
  }

  /** The next position in the shared sequence, counted as one operation. */
  int nextIndex(PageFeed feed) {
    feed.ops.increment();
    int position = next;
    next = (next + 1) & (PageFeed.POSITIONS - 1);
    return position;
  }
}
