package io.redifu.it.nojooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Event;
import io.redifu.it.domain.EventCache;
import io.redifu.it.domain.EventPageCache;
import io.redifu.it.domain.EventSortedCache;
import io.redifu.it.domain.EventTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.testing.LocalServices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An application that never seeds from SQL runs without jOOQ, an optional dependency of the
 * runtime. This class runs in the failsafe execution {@code without-jooq}, which takes
 * org.jooq:jooq (and what only it brings) off the classpath, and is skipped elsewhere; Redifu is
 * built with a DataSource, as a Spring Boot application with a database is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithoutJooqIT {
  private static final String FIX =
      " queries SQL through jOOQ, which renders seed and loader queries for the database, but"
          + " org.jooq:jooq is not on the classpath. Add the dependency org.jooq:jooq 3.19.x to the"
          + " application (in a Spring Boot application, without a version: Spring Boot manages"
          + " it).";

  private Redifu redifu;

  @BeforeAll
  void connect() {
    // run by -Dit.test=WithoutJooqIT in the other executions too, where jOOQ is present
    assumeTrue(Boolean.getBoolean("redifu.it.without-jooq"), "runs in the without-jooq execution");
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:without-jooq");
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(dataSource).build();
  }

  @AfterAll
  void close() {
    if (redifu != null) {
      redifu.close();
    }
  }

  @Test
  void jooqIsReallyAbsent() {
    assertThatThrownBy(() -> Class.forName("org.jooq.DSLContext"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void entitiesWork() {
    EventCache events = EventCache.create(redifu);
    Event event = event("stored", 1);
    events.set(event);
    assertThat(events.get(event.getRandId())).map(Event::getTitle).contains("stored");
    events.delete(event.getRandId());
    assertThat(events.get(event.getRandId())).isEmpty();
  }

  @Test
  void collectionsWorkFromWhatTheApplicationWrites() {
    String group = BaseRecord.newRandId();
    List<Event> newestFirst = new ArrayList<>();
    for (int i = 9; i >= 0; i--) {
      newestFirst.add(event("event " + i, i));
    }
    EventCache.create(redifu).setAll(newestFirst);

    EventTimelineCache feed = EventTimelineCache.create(redifu);
    assertThat(feed.of(group).ingest(newestFirst, true, true, "")).isTrue();
    assertThat(feed.of(group).fetch(List.of()).items())
        .extracting(Event::getRandId)
        .containsExactlyElementsOf(ids(newestFirst.subList(0, EventTimelineCache.PER_PAGE)));

    EventSortedCache sorted = EventSortedCache.create(redifu);
    sorted.of(group).ingest(newestFirst, "");
    sorted.of(group).add(event("newest", 100));
    assertThat(sorted.of(group).fetch(Order.DESC))
        .first()
        .extracting(Event::getTitle)
        .isEqualTo("newest");

    EventPageCache pages = EventPageCache.create(redifu);
    pages.of(group).ingest(1, newestFirst.subList(0, EventPageCache.PER_PAGE), "");
    assertThat(pages.of(group).fetch(1)).hasSize(EventPageCache.PER_PAGE);

    feed.of(group).purge();
    sorted.of(group).purge();
    pages.of(group).purge();
    newestFirst.forEach(e -> EventCache.create(redifu).delete(e.getRandId()));
  }

  @Test
  void seedingFailsAtRegistrationNamingTheMissingArtifact() {
    SeedQuery query = SeedQuery.sql("SELECT * FROM events WHERE group_randid = ?", "g");
    assertThatThrownBy(() -> EventTimelineCache.create(redifu).seededBy(group -> query))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("EventTimelineCache.seededBy" + FIX);
    assertThatThrownBy(() -> EventSortedCache.create(redifu).seededBy(group -> query))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(FIX);
    assertThatThrownBy(() -> EventPageCache.create(redifu).seededBy(group -> query))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(FIX);
    assertThatThrownBy(() -> EventCache.create(redifu).loadedBy(ids -> query))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Event.loadedBy" + FIX);
  }

  private static Event event(String title, int second) {
    Event event = new Event();
    event.init();
    event.setCreatedAt(Instant.ofEpochSecond(1_700_000_000L + second));
    event.setTitle(title);
    return event;
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::getRandId).toList();
  }
}
