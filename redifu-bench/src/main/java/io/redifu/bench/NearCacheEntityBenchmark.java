package io.redifu.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * One account by randId, from a local cache (a hit, checked before timing) or, for {@code
 * redifuRemote}, from Redis: the strategies of {@link NearCacheAccounts}, one per value of its
 * {@code strategy} parameter, in one run. {@code get} runs on 1 thread, {@code getThreads8} on 8.
 */
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NearCacheEntityBenchmark {
  @Benchmark
  public BenchAccount get(NearCacheAccounts accounts, Position at) {
    return accounts.get.apply(accounts.ids[at.next()]);
  }

  @Benchmark
  @Threads(8)
  public BenchAccount getThreads8(NearCacheAccounts accounts, Position at) {
    return get(accounts, at);
  }

  /** This thread's place in the account sequence; thread t of n starts t/n of the way in. */
  @State(Scope.Thread)
  public static class Position {
    private int next;

    @Setup(Level.Trial)
    public void setUp(ThreadParams thread) {
      next = thread.getThreadIndex() * (NearCacheAccounts.POSITIONS / thread.getThreadCount());
    }

    int next() {
      int position = next;
      next = (next + 1) & (NearCacheAccounts.POSITIONS - 1);
      return position;
    }
  }
}
