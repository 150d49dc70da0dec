package io.redifu.it.collections;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Seeded random cases for the model tests: a plain JUnit loop (one dynamic test per try) instead of
 * a property-testing library. Each try's seed is in its name; {@code -Dredifu.it.seed=N} makes the
 * first try use seed N, so a failure is replayed exactly. A failing case is shrunk (steps and rows
 * removed while it still fails, bounded in time) and the smallest failing case is reported.
 */
final class RandomCases {
  /**
   * One random step: {@code kind} (0..99) picks the operation, {@code a} and {@code b} its data.
   */
  record Step(int kind, int a, int b) {}

  /** A source row before the run: a small score offset (so scores tie) and an id code. */
  record Row(int offset, int idCode) {}

  record Case(long seed, List<Row> rows, int perPage, List<Step> steps) {
    @Override
    public String toString() {
      return "Case[seed=" + seed + ", perPage=" + perPage + ", rows=" + rows + ", steps=" + steps;
    }
  }

  private static final Duration SHRINK_BUDGET = Duration.ofSeconds(15);

  private RandomCases() {}

  /**
   * {@code tries} dynamic tests named {@code label} and their seed, each generating a case with up
   * to {@code maxRows} rows (offsets 0..{@code maxOffset}), perPage 1..5 and up to {@code maxSteps}
   * steps, and handing it to {@code check}.
   */
  static Stream<DynamicTest> tries(
      String label, int tries, int maxRows, int maxOffset, int maxSteps, Consumer<Case> check) {
    long base = baseSeed();
    return IntStream.range(0, tries)
        .mapToObj(
            i -> {
              long seed = base + i;
              return DynamicTest.dynamicTest(
                  label + " seed=" + seed,
                  () -> runOrShrink(generate(seed, maxRows, maxOffset, maxSteps), check));
            });
  }

  static Case generate(long seed, int maxRows, int maxOffset, int maxSteps) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    int rowCount = random.nextInt(maxRows + 1);
    for (int i = 0; i < rowCount; i++) {
      rows.add(new Row(random.nextInt(maxOffset + 1), random.nextInt(1001)));
    }
    int perPage = 1 + random.nextInt(5);
    List<Step> steps = new ArrayList<>();
    int stepCount = 1 + random.nextInt(maxSteps);
    for (int i = 0; i < stepCount; i++) {
      steps.add(new Step(random.nextInt(100), random.nextInt(1001), random.nextInt(1001)));
    }
    return new Case(seed, List.copyOf(rows), perPage, List.copyOf(steps));
  }

  private static long baseSeed() {
    String fixed = System.getProperty("redifu.it.seed");
    return fixed != null ? Long.parseLong(fixed) : new SecureRandom().nextInt(1 << 30);
  }

  private static void runOrShrink(Case failing, Consumer<Case> check) {
    Throwable failure = failure(failing, check);
    if (failure == null) {
      return;
    }
    long deadline = System.nanoTime() + SHRINK_BUDGET.toNanos();
    Case smallest = failing;
    boolean shrunk = true;
    while (shrunk && System.nanoTime() < deadline) {
      shrunk = false;
      for (Case candidate : smaller(smallest)) {
        if (System.nanoTime() >= deadline) {
          break;
        }
        Throwable again = failure(candidate, check);
        if (again != null) {
          smallest = candidate;
          failure = again;
          shrunk = true;
          break;
        }
      }
    }
    AssertionError error =
        new AssertionError(
            "falsified by seed "
                + failing.seed()
                + " (replay: -Dredifu.it.seed="
                + failing.seed()
                + "); smallest failing case found: "
                + smallest
                + "\n"
                + failure.getMessage(),
            failure);
    throw error;
  }

  /** Candidates with a chunk of steps or rows removed, biggest chunks first. */
  private static List<Case> smaller(Case c) {
    List<Case> candidates = new ArrayList<>();
    for (int size = Math.max(1, c.steps().size() / 2); size >= 1; size /= 2) {
      for (int from = 0; from + size <= c.steps().size(); from += size) {
        if (c.steps().size() - size >= 1) {
          candidates.add(new Case(c.seed(), c.rows(), c.perPage(), without(c.steps(), from, size)));
        }
      }
      if (size == 1) {
        break;
      }
    }
    for (int size = Math.max(1, c.rows().size() / 2); !c.rows().isEmpty(); size /= 2) {
      for (int from = 0; from + size <= c.rows().size(); from += size) {
        candidates.add(new Case(c.seed(), without(c.rows(), from, size), c.perPage(), c.steps()));
      }
      if (size == 1) {
        break;
      }
    }
    return candidates;
  }

  private static <T> List<T> without(List<T> list, int from, int size) {
    List<T> copy = new ArrayList<>(list.subList(0, from));
    copy.addAll(list.subList(from + size, list.size()));
    return List.copyOf(copy);
  }

  private static Throwable failure(Case c, Consumer<Case> check) {
    try {
      check.accept(c);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
