package io.redifu.sample;

import io.redifu.runtime.Cursor;
import io.redifu.sample.Views.FeedPage;
import io.redifu.sample.Views.NewPost;
import io.redifu.sample.Views.PostView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's feed: read through redifu (seeded from SQL on demand), written to SQL first. */
@RestController
class FeedController {
  private final PostTimelineCache feed;
  private final PostCache posts;
  private final SampleDatabase database;

  FeedController(PostTimelineCache feed, PostCache posts, SampleDatabase database) {
    this.feed = feed;
    this.posts = posts;
    this.database = database;
  }

  /** 20 posts, newest first, authors embedded; pass {@code nextCursor} back for the next 20. */
  @GetMapping("/users/{userRandId}/feed")
  FeedPage feed(@PathVariable String userRandId, @RequestParam(required = false) String cursor) {
    PostTimelineCache.Instance userFeed = feed.of(userRandId);
    return FeedPage.of(
        cursor == null
            ? userFeed.fetchOrSeed(List.of())
            : userFeed.fetchOrSeed(Cursor.parse(cursor)));
  }

  @PostMapping("/users/{userRandId}/posts")
  @ResponseStatus(HttpStatus.CREATED)
  PostView create(@PathVariable String userRandId, @RequestBody NewPost body) {
    Post post = new Post();
    post.init();
    post.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)); // SQL and Redis keep ms
    post.title = body.title();
    post.content = body.content();
    post.authorRandId = body.authorRandId() != null ? body.authorRandId() : userRandId;
    database.insertPost(post, userRandId); // the source of truth first,
    feed.of(userRandId).add(post); // then the post's document and the feed's index, atomically
    return PostView.of(posts.get(post.getRandId()).orElse(post)); // the author resolved
  }

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badRequest(IllegalArgumentException e) {
    return e.getMessage(); // e.g. a cursor that is not one
  }
}
