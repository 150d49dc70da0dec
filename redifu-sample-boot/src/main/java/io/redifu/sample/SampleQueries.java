package io.redifu.sample;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.redifu.runtime.SeedQuery;
import java.util.List;

/**
 * What redifu reads from SQL when Redis lacks something: only the selection; redifu adds the keyset
 * condition, order and limit of each page.
 */
final class SampleQueries {
  private SampleQueries() {}

  /** A user's feed: the Go README's query. */
  static SeedQuery feed(String userRandId) {
    return SeedQuery.sql(
        "SELECT p.randid, p.title, p.content, p.author_randid, p.created_at FROM sample_posts p"
            + " WHERE p.user_id = ? AND p.status = 'active'",
        userRandId);
  }

  /** Accounts by id: authors whose documents are not (or no longer) in Redis. */
  static SeedQuery accounts(List<String> randIds) {
    return SeedQuery.jooq(
        select(field("randid"), field("name"), field("handle"), field("created_at"))
            .from(table("sample_accounts"))
            .where(field("randid").in(randIds)));
  }

  /** Posts by id: feed items whose documents expired before the feed did. */
  static SeedQuery posts(List<String> randIds) {
    return SeedQuery.jooq(
        select(
                field("randid"),
                field("title"),
                field("content"),
                field("author_randid"),
                field("created_at"))
            .from(table("sample_posts"))
            .where(field("randid").in(randIds)));
  }
}
