package io.redifu.consumer.feed;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generated caches on the starter's Redifu, reading SQL where Redis lacks something. */
@Configuration(proxyBeanMethods = false)
class Caches {
  @Bean
  AccountCache accountCache(Redifu redifu) {
    return AccountCache.create(redifu)
        .loadedBy(
            ids ->
                SeedQuery.jooq(
                    select(field("randid"), field("name"), field("created_at"))
                        .from(table("boot4_feed_accounts"))
                        .where(field("randid").in(ids))));
  }

  @Bean
  PostTimelineCache feedCache(Redifu redifu) {
    return PostTimelineCache.create(redifu)
        .seededBy(
            user ->
                SeedQuery.sql(
                    "SELECT randid, title, author_randid, created_at FROM boot4_feed_posts"
                        + " WHERE user_id = ?",
                    user));
  }
}
