package io.redifu.testing.redis;

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
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.ConnectionPoolConfig;

/**
 * A loopback TCP relay between a Redis client and a real Redis that counts round trips per
 * connection. It frames the RESP requests and replies it forwards: a round trip starts when the
 * client begins a request while no reply is outstanding, i.e. when the client had to wait. A
 * pipeline of any length is one round trip even when Redis answers its first commands before the
 * last ones arrive, and commands a Lua script runs inside Redis are not seen at all: round trips
 * are counted, not guessed.
 *
 * <p>Bounded: at most {@link #MAX_CONNECTIONS} relayed connections at a time (more are closed on
 * accept); two daemon threads per connection and one acceptor thread, all ended by {@link
 * #close()}.
 */
public final class RoundTripCounter implements AutoCloseable {
  /**
   * A pool of one connection, for a client that should talk through this relay on one connection
   * only. The idle evictor is off: its PINGs would be counted if it ran during a measurement.
   */
  public static ConnectionPoolConfig singleConnectionPool() {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(1);
    pool.setMaxIdle(1);
    pool.setMaxWait(Duration.ofSeconds(2));
    pool.setTestWhileIdle(false);
    pool.setTimeBetweenEvictionRuns(Duration.ofMillis(-1));
    return pool;
  }

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
          connection.fromClient(buffer, n);
        } else {
          connection.fromServer(buffer, n); // before forwarding: the client cannot answer earlier
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

  /** Requests started and replies completed on one connection. */
  private final class Turns {
    private final RespStream requests = new RespStream();
    private final RespStream replies = new RespStream();
    private long started;
    private long answered;

    synchronized void fromClient(byte[] bytes, int length) {
      requests.feed(
          bytes,
          length,
          new RespStream.Listener() {
            @Override
            public void valueStarted() {
              if (started == answered) {
                turns.incrementAndGet(); // nothing outstanding: the client waited
              }
              started++;
            }

            @Override
            public void valueCompleted() {}
          });
    }

    synchronized void fromServer(byte[] bytes, int length) {
      replies.feed(
          bytes,
          length,
          new RespStream.Listener() {
            @Override
            public void valueStarted() {}

            @Override
            public void valueCompleted() {
              answered++;
            }
          });
    }
  }
}
