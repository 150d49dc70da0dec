package io.redifu.runtime.internal.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.HostAndPort;

/**
 * Keeps one {@link TrackingConnection} open to every master and tells a {@link Listener} what
 * changed. A daemon thread opens them, pings them every heartbeat and watches the masters; when a
 * connection breaks, a pong is late or the masters change, the listener hears {@link
 * Listener#lost()} at once (nothing heard is trustworthy any more) and the thread opens new ones
 * after a heartbeat, then reports {@link Listener#established()}. Thread-safe.
 */
public final class Invalidations implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Invalidations.class);

  /** What the connections report, on their reading threads. */
  public interface Listener {
    /** {@code key} changed, expired or was evicted. */
    void changed(byte[] key);

    /** The database was flushed: every key changed. */
    void flushed();

    /** Every master is tracked again: from now on every change will be heard. */
    void established();

    /** Tracking broke: changes from now until {@link #established()} go unheard. */
    void lost();
  }

  private final TrackingTarget target;
  private final Duration heartbeat;
  private final Listener listener;
  private final Object lock = new Object();
  private List<String> prefixes;
  private Thread supervisor;
  private Session session;
  private volatile boolean closed;

  /** Whether this outage was logged: one WARN when tracking breaks, one INFO when it is back. */
  private volatile boolean outageLogged;

  public Invalidations(TrackingTarget target, Duration heartbeat, Listener listener) {
    this.target = target;
    this.heartbeat = heartbeat;
    this.listener = listener;
  }

  /**
   * Tracks {@code prefixes} (no two overlapping; empty = every key) from now on: the first call
   * starts the thread, a later one with other prefixes reopens the connections.
   */
  public void track(List<String> prefixes) {
    synchronized (lock) {
      if (closed || prefixes.equals(this.prefixes)) {
        return;
      }
      this.prefixes = List.copyOf(prefixes);
      if (supervisor == null) {
        supervisor = new Thread(this::supervise, "redifu-invalidations");
        supervisor.setDaemon(true);
        supervisor.start();
      } else if (session != null) {
        session.fail(null); // reopen with the new prefixes
      }
    }
  }

  private void supervise() {
    while (!closed) {
      Session current = null;
      try {
        List<HostAndPort> masters = target.nodes();
        synchronized (lock) {
          current = new Session(masters, prefixes);
          session = current;
        }
        current.open();
        if (current.establish() && outageLogged) {
          outageLogged = false;
          LOG.info("invalidation tracking re-established; near caches in use again");
        }
        while (!current.awaitFailure(heartbeat)) {
          if (!masters.equals(target.nodes())) {
            current.fail(new IllegalStateException("the masters changed"));
          } else {
            current.ping();
          }
        }
      } catch (RuntimeException e) {
        if (current != null) {
          current.fail(e);
        } else {
          lostBeforeOpening(e);
        }
      } finally {
        if (current != null) {
          current.close();
        }
      }
      if (current == null || !current.endedByRedifu()) {
        sleep(heartbeat); // new prefixes reopen at once: the near caches are bypassed meanwhile
      }
    }
  }

  private void lostBeforeOpening(RuntimeException e) {
    logOutage("cannot track invalidations, near caches bypassed: {}", e);
  }

  private void logOutage(String message, RuntimeException cause) {
    if (!closed && !outageLogged) {
      outageLogged = true;
      LOG.warn(message, cause.toString());
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops tracking and closes the connections. */
  @Override
  public void close() {
    Thread thread;
    synchronized (lock) {
      closed = true;
      thread = supervisor;
      if (session != null) {
        session.fail(null);
      }
    }
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** The connections of one stretch of unbroken tracking. */
  private final class Session {
    private final List<HostAndPort> masters;
    private final List<String> prefixes;
    private final List<TrackingConnection> connections = new ArrayList<>();
    private final CountDownLatch failure = new CountDownLatch(1);
    private final AtomicBoolean failed = new AtomicBoolean();
    private volatile boolean endedByRedifu;

    Session(List<HostAndPort> masters, List<String> prefixes) {
      this.masters = masters;
      this.prefixes = prefixes;
    }

    void open() {
      for (HostAndPort master : masters) {
        TrackingConnection connection = new TrackingConnection(master, target.config());
        synchronized (this) {
          connections.add(connection);
        }
        connection.setSoTimeout(Math.toIntExact(heartbeat.toMillis() * 3));
        connection.track(prefixes);
      }
      for (TrackingConnection connection : connections) {
        Thread reader = new Thread(() -> read(connection), "redifu-invalidations-reader");
        reader.setDaemon(true);
        reader.start();
      }
    }

    private void read(TrackingConnection connection) {
      try {
        while (!failed.get()) {
          TrackingConnection.Message message = connection.next();
          if (message == null) {
            continue;
          }
          if (message.all()) {
            listener.flushed();
          }
          message.keys().forEach(listener::changed);
        }
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    void ping() {
      for (TrackingConnection connection : connections) {
        connection.askPong();
      }
    }

    /**
     * Tells the listener tracking is up, unless this session failed already: then it said "lost",
     * and "established" after it would leave tracking taken for up with nothing listening.
     */
    synchronized boolean establish() {
      if (!failed.get()) {
        listener.established();
        return true;
      }
      return false;
    }

    boolean awaitFailure(Duration timeout) {
      try {
        return failure.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }

    /**
     * The first failure tells the listener and wakes the supervisor; later ones are echoes. {@code
     * cause} is null when redifu itself ends the session (closing, or new prefixes).
     */
    void fail(RuntimeException cause) {
      if (failed.compareAndSet(false, true)) {
        endedByRedifu = cause == null;
        synchronized (this) { // never between establish's check and its report
          listener.lost();
        }
        if (cause != null) {
          logOutage("invalidation tracking lost, near caches flushed and bypassed: {}", cause);
        }
        failure.countDown();
      }
    }

    /** Whether redifu ended it (new prefixes, closing) rather than a failure. */
    boolean endedByRedifu() {
      return endedByRedifu;
    }

    synchronized void close() {
      for (TrackingConnection connection : connections) {
        connection.disconnectQuietly();
      }
    }
  }
}
