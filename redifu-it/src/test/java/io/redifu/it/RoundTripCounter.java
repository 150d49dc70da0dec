package io.redifu.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay between a Redis client and a real Redis that counts round trips: request →
 * reply turns, per connection. A turn starts when the client sends bytes after the last reply began
 * (or for the first time), so a pipeline of any length is one turn, and commands a Lua script runs
 * inside Redis are not seen at all (SPEC §10: "round trips are counted, not guessed"). Exact for
 * clients that wait for a reply before sending again, whatever the client library.
 *
 * <p>Bounded: at most {@link #MAX_CONNECTIONS} relayed connections at a time (more are closed on
 * accept); two daemon threads per connection and one acceptor thread, all ended by {@link
 * #close()}.
 */
public final class RoundTripCounter implements AutoCloseable {
  static final int MAX_CONNECTIONS = 32;
  private static final int BUFFER_BYTES = 16 * 1024;

  private final ServerSocket server;
  private final URI redis;
  private final InetSocketAddress target;
  private final AtomicLong turns = new AtomicLong();
  private final AtomicInteger connectionsOpened = new AtomicInteger();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private RoundTripCounter(ServerSocket server, URI redis) {
    this.server = server;
    this.redis = redis;
    this.target = new InetSocketAddress(redis.getHost(), redis.getPort());
  }

  /** Starts a relay on an ephemeral loopback port, forwarding to the Redis at {@code redisUrl}. */
  public static RoundTripCounter start(String redisUrl) throws IOException {
    URI uri = URI.create(redisUrl);
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    RoundTripCounter counter = new RoundTripCounter(server, uri);
    daemon("rtt-relay-accept-" + server.getLocalPort(), counter::acceptLoop).start();
    return counter;
  }

  /** The relay's URL: the given Redis URL with host and port replaced by the relay's. */
  public String url() {
    try {
      return new URI(
              redis.getScheme(),
              redis.getUserInfo(),
              "127.0.0.1",
              server.getLocalPort(),
              redis.getPath(),
              null,
              null)
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Request → reply turns on all connections since start or the last {@link #reset()}. */
  public long roundTrips() {
    return turns.get();
  }

  /** Connections accepted since start (not reset by {@link #reset()}). */
  public int connectionsOpened() {
    return connectionsOpened.get();
  }

  /** Sets the round-trip count to zero. */
  public void reset() {
    turns.set(0);
  }

  @Override
  public void close() {
    closed = true;
    closeQuietly(server);
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (sockets.size() >= 2 * MAX_CONNECTIONS) {
        closeQuietly(client);
        continue;
      }
      try {
        Socket upstream = new Socket();
        upstream.connect(target, 2_000);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(upstream);
        connectionsOpened.incrementAndGet();
        Turns connection = new Turns();
        int id = connectionsOpened.get();
        daemon("rtt-relay-c2s-" + id, () -> pump(client, upstream, connection, true)).start();
        daemon("rtt-relay-s2c-" + id, () -> pump(upstream, client, connection, false)).start();
      } catch (IOException e) {
        closeQuietly(client);
      }
    }
  }

  /** Copies bytes one way until either side closes, marking turns on the way. */
  private void pump(Socket from, Socket to, Turns connection, boolean clientToServer) {
    byte[] buffer = new byte[BUFFER_BYTES];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (clientToServer) {
          if (connection.requestStarts()) {
            turns.incrementAndGet();
          }
        } else {
          connection.replyBegins(); // before forwarding: the client cannot answer it earlier
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (SocketException e) {
      // the other pump or close() closed a socket
    } catch (IOException e) {
      // connection broken; closing both sides below ends the other pump too
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // nothing left to do
    }
  }

  /** The turn state of one connection: has a reply begun since the client last sent bytes? */
  private static final class Turns {
    private boolean replyBegan = true;

    /** Client bytes arrived; returns whether they start a new turn. */
    synchronized boolean requestStarts() {
      boolean starts = replyBegan;
      replyBegan = false;
      return starts;
    }

    synchronized void replyBegins() {
      replyBegan = true;
    }
  }
}
