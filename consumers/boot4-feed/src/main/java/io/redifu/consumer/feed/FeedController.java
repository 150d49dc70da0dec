package io.redifu.consumer.feed;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.TimelinePage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's feed: written to SQL first, then to redifu; read through redifu. */
@RestController
class FeedController {
  private final PostTimelineCache feed;
  private final JdbcClient jdbc;

  FeedController(PostTimelineCache feed, JdbcClient jdbc) {
    this.feed = feed;
    this.jdbc = jdbc;
  }

  record NewPost(String authorRandId, String title) {}

  record PostView(String randId, String title, Instant createdAt, String authorName) {
    static PostView of(Post post) {
      return new PostView(
          post.getRandId(),
          post.title,
          post.getCreatedAt(),
          post.author == null ? null : post.author.name);
    }
  }

  record FeedPage(List<PostView> posts, String nextCursor) {}

  @PostMapping("/users/{user}/posts")
  @ResponseStatus(HttpStatus.CREATED)
  PostView create(@PathVariable String user, @RequestBody NewPost body) {
    Post post = new Post();
    post.init();
    post.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    post.title = body.title();
    post.authorRandId = body.authorRandId();
    jdbc.sql(
            "INSERT INTO boot4_feed_posts (randid, user_id, author_randid, title, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            post.getRandId(),
            user,
            post.authorRandId,
            post.title,
            LocalDateTime.ofInstant(post.getCreatedAt(), ZoneOffset.UTC))
        .update();
    feed.of(user).add(post);
    return PostView.of(post);
  }

  @GetMapping("/users/{user}/feed")
  FeedPage feed(@PathVariable String user, @RequestParam(required = false) String cursor) {
    PostTimelineCache.Instance userFeed = feed.of(user);
    TimelinePage<Post> page =
        cursor == null
            ? userFeed.fetchOrSeed(List.of())
            : userFeed.fetchOrSeed(Cursor.parse(cursor));
    return new FeedPage(
        page.items().stream().map(PostView::of).toList(),
        page.hasMore() ? page.nextCursor() : null);
  }
}
