package io.redifu.runtime.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.CommentCache;
import io.redifu.it.domain.CommentSortedCache;
import io.redifu.it.domain.EventCache;
import io.redifu.it.domain.EventOldestFirstCache;
import io.redifu.it.domain.EventOldestPagesCache;
import io.redifu.it.domain.EventPageCache;
import io.redifu.it.domain.EventSortedCache;
import io.redifu.it.domain.EventTimeSeriesCache;
import io.redifu.it.domain.EventTimelineCache;
import io.redifu.it.domain.MemberCache;
import io.redifu.it.domain.MemberPrivateMembersCache;
import io.redifu.it.domain.MemberSortedCache;
import io.redifu.it.domain.MemberTimelineCache;
import io.redifu.it.domain.NoteTimelineCache;
import io.redifu.it.domain.OrganizationCache;
import io.redifu.it.domain.PostAscFeedCache;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.RankedCache;
import io.redifu.it.domain.RankedLedgerCache;
import io.redifu.it.domain.RankedTimelineCache;
import io.redifu.it.domain.ReviewSortedCache;
import io.redifu.it.domain.SampleCache;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.runtime.internal.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property test of key rendering: over the key templates of the redifu-it domain (through their
 * generated {@code key(...)} methods) and every key the runtime derives from them (missing markers,
 * meta, page index, segments, seed locks of every position), no two distinct (template, kind,
 * parameters) render the same Redis key. Parameters are drawn from separators, escapes, template
 * words, unicode and broken UTF-16; a parameter may be refused only for the documented reasons.
 * Seeded: {@code -Dredifu.it.seed=N} replays a run.
 */
class KeyInjectivityTest {
  private static final int DRAWS = 20_000;

  /** Parts parameters are built from: separators, escapes, hash tags, template words, unicode. */
  private static final String[] TOKENS = {
    ":",
    "::",
    "%",
    "%3A",
    "%25",
    "{",
    "}",
    "{x}",
    "\n",
    "\u007f",
    " ",
    "é",
    "𝄞",
    "\uD800",
    "\uDC00",
    "\u0000",
    "42",
    "a",
    "b",
    "1",
    "post",
    "private",
    "members",
    "comments",
    "tenant",
    "org",
    "feed",
    "user",
    "posts",
    "lock",
    "after",
    "page",
    "pages",
    "meta",
    "missing",
    "segments",
    "range",
    "board",
    "account",
    "transfers"
  };

  /** A key template of the domain: how many parameters it takes and its generated key method. */
  private record Template(
      String name, int arity, boolean document, Function<String[], String> key) {
    static Template document(String name, Function<String, String> key) {
      return new Template(name, 1, true, p -> key.apply(p[0]));
    }

    static Template collection(String name, Function<String, String> key) {
      return new Template(name, 1, false, p -> key.apply(p[0]));
    }
  }

  private static final List<Template> TEMPLATES =
      List.of(
          Template.document("PostCache", PostCache::key),
          Template.document("CommentCache", CommentCache::key),
          Template.document("OrganizationCache", OrganizationCache::key),
          Template.document("MemberCache", MemberCache::key),
          Template.document("AccountCache", AccountCache::key),
          Template.document("RankedCache", RankedCache::key),
          Template.document("EventCache", EventCache::key),
          Template.document("SampleCache", SampleCache::key),
          Template.collection("PostTimelineCache", PostTimelineCache::key),
          Template.collection("PostAscFeedCache", PostAscFeedCache::key),
          Template.collection("PostSortedCache", PostSortedCache::key),
          Template.collection("PostPageCache", PostPageCache::key),
          Template.collection("CommentSortedCache", CommentSortedCache::key),
          Template.collection("MemberSortedCache", MemberSortedCache::key),
          Template.collection("MemberPrivateMembersCache", MemberPrivateMembersCache::key),
          new Template("MemberTimelineCache", 2, false, p -> MemberTimelineCache.key(p[0], p[1])),
          Template.collection("RankedTimelineCache", RankedTimelineCache::key),
          Template.collection("RankedLedgerCache", RankedLedgerCache::key),
          Template.collection("EventTimelineCache", EventTimelineCache::key),
          Template.collection("EventOldestFirstCache", EventOldestFirstCache::key),
          Template.collection("EventSortedCache", EventSortedCache::key),
          Template.collection("EventPageCache", EventPageCache::key),
          Template.collection("EventOldestPagesCache", EventOldestPagesCache::key),
          Template.collection("EventTimeSeriesCache", EventTimeSeriesCache::key),
          Template.collection("NoteTimelineCache", NoteTimelineCache::key),
          Template.collection("ReviewSortedCache", ReviewSortedCache::key),
          Template.collection("TransferTimeSeriesCache", TransferTimeSeriesCache::key));

  /** Rendered key (as the bytes Redis stores) → what rendered it first. */
  private final Map<String, String> owners = new HashMap<>();

  private final List<String> collisions = new ArrayList<>();
  private final List<String> wrongRefusals = new ArrayList<>();

  @Test
  void distinctTemplatesAndParametersNeverRenderTheSameKey() {
    long seed = seed();
    // The examples first: a parameter holding a separator, and broken UTF-16.
    render(template("MemberSortedCache"), "42:private");
    render(template("MemberPrivateMembersCache"), "42");
    render(template("MemberTimelineCache"), "t1", "p:post:q");
    render(template("MemberTimelineCache"), "t1:post:p", "q");
    render(template("PostCache"), "x\uD800");
    render(template("PostCache"), "x?");
    Random random = new Random(seed);
    for (int i = 0; i < DRAWS; i++) {
      Template template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
      String[] params = new String[template.arity()];
      for (int p = 0; p < params.length; p++) {
        params[p] = parameter(random);
      }
      render(template, params);
    }
    assertThat(collisions).as("keys rendered twice (seed %d)", seed).isEmpty();
    assertThat(wrongRefusals).as("parameters refused (seed %d)", seed).isEmpty();
    assertThat(owners.size()).as("keys rendered").isGreaterThan(DRAWS);
  }

  /** The domain's templates pass the creation-time check that no two can render one key. */
  @Test
  void everyTemplateOfTheDomainFitsOneKeySpace() {
    KeySpace space = new KeySpace();
    for (EntitySpec<?> entity :
        List.of(
            PostCache.SPEC,
            CommentCache.SPEC,
            OrganizationCache.SPEC,
            MemberCache.SPEC,
            AccountCache.SPEC,
            RankedCache.SPEC,
            EventCache.SPEC,
            SampleCache.SPEC)) {
      space.documents(entity);
    }
    List.of(
            PostTimelineCache.KEY_TEMPLATE,
            PostAscFeedCache.KEY_TEMPLATE,
            PostSortedCache.KEY_TEMPLATE,
            PostPageCache.KEY_TEMPLATE,
            CommentSortedCache.KEY_TEMPLATE,
            MemberSortedCache.KEY_TEMPLATE,
            MemberPrivateMembersCache.KEY_TEMPLATE,
            MemberTimelineCache.KEY_TEMPLATE,
            RankedTimelineCache.KEY_TEMPLATE,
            RankedLedgerCache.KEY_TEMPLATE,
            EventTimelineCache.KEY_TEMPLATE,
            EventOldestFirstCache.KEY_TEMPLATE,
            EventSortedCache.KEY_TEMPLATE,
            EventPageCache.KEY_TEMPLATE,
            EventOldestPagesCache.KEY_TEMPLATE,
            EventTimeSeriesCache.KEY_TEMPLATE,
            NoteTimelineCache.KEY_TEMPLATE,
            ReviewSortedCache.KEY_TEMPLATE,
            TransferTimeSeriesCache.KEY_TEMPLATE)
        .forEach(template -> space.collection(template, template));
    assertThat(KeyShape.of(MemberSortedCache.KEY_TEMPLATE))
        .matches(shape -> !shape.overlaps(KeyShape.of(MemberPrivateMembersCache.KEY_TEMPLATE)));
  }

  private void render(Template template, String... params) {
    String base;
    try {
      base = template.key().apply(params);
    } catch (IllegalArgumentException refused) {
      for (String param : params) {
        if (refusable(param)) {
          return;
        }
      }
      wrongRefusals.add(template.name() + show(params) + ": " + refused.getMessage());
      return;
    }
    String who = template.name() + show(params);
    if (template.document()) {
      claim(base, who + " document");
      claim(KeySchema.missingMarker(base), who + " marker");
      return;
    }
    KeySchema keys = KeySchema.of(base);
    claim(keys.zsetKey(), who + " ids");
    claim(Bytes.decode(keys.meta()), who + " meta");
    claim(Bytes.decode(keys.pages()), who + " pages");
    claim(Bytes.decode(keys.segments()), who + " segments");
    claim(KeySchema.of(base).lock(KeySchema.WHOLE), who + " lock");
    claim(KeySchema.of(base).lock(KeySchema.page(1)), who + " lock page 1");
    claim(KeySchema.of(base).lock(KeySchema.range(-1, 2)), who + " lock range");
    String after = params[params.length - 1];
    try {
      claim(KeySchema.of(base).lock(KeySchema.after(after)), who + " lock after " + show(after));
    } catch (IllegalArgumentException refused) {
      if (!refusable(after)) {
        wrongRefusals.add(who + " lock after: " + refused.getMessage());
      }
    }
  }

  private void claim(String key, String who) {
    String bytes = new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String first = owners.putIfAbsent(bytes, who);
    if (first != null && !first.equals(who) && collisions.size() < 20) {
      collisions.add(show(key) + " from " + first + " and " + who);
    }
  }

  /**
   * The documented refusals: null, empty, longer than the cap, NUL, or an unpaired surrogate (it
   * has no UTF-8 form, so it would share the bytes of '?').
   */
  private static boolean refusable(String param) {
    if (param == null || param.isEmpty() || param.length() > Keys.MAX_PARAM_LENGTH) {
      return true;
    }
    for (int i = 0; i < param.length(); i++) {
      char c = param.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 == param.length() || !Character.isLowSurrogate(param.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(param.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static String parameter(Random random) {
    int shape = random.nextInt(100);
    if (shape == 0) {
      return "";
    }
    if (shape == 1) {
      return "a".repeat(Keys.MAX_PARAM_LENGTH + random.nextInt(3) - 1);
    }
    StringBuilder param = new StringBuilder();
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      param.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return param.toString();
  }

  private static Template template(String name) {
    return TEMPLATES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static String show(String... values) {
    List<String> shown = new ArrayList<>();
    for (String value : values) {
      StringBuilder text = new StringBuilder("\"");
      value
          .chars()
          .forEach(
              c ->
                  text.append(
                      c < 0x20 || c == 0x7f || Character.isSurrogate((char) c)
                          ? String.format("\\u%04x", c)
                          : String.valueOf((char) c)));
      shown.add(text.append('"').toString());
    }
    return shown.toString();
  }

  private static long seed() {
    String fixed = System.getProperty("redifu.it.seed");
    return fixed != null ? Long.parseLong(fixed) : new SecureRandom().nextInt(1 << 30);
  }
}
