package io.redifu.sample;

import io.redifu.runtime.Position;
import io.redifu.runtime.TimelinePage;
import java.time.Instant;
import java.util.List;

/** The JSON the service speaks; entities stay internal. */
final class Views {
  private Views() {}

  /** A feed page; {@code nextCursor} is null on the last page. */
  record FeedPage(List<PostView> posts, String nextCursor, Position position, boolean hasMore) {
    static FeedPage of(TimelinePage<Post> page) {
      return new FeedPage(
          page.items().stream().map(PostView::of).toList(),
          page.hasMore() ? page.nextCursor() : null,
          page.position(),
          page.hasMore());
    }
  }

  record PostView(
      String randId, String title, String content, Instant createdAt, AccountView author) {
    static PostView of(Post post) {
      AccountView author = post.author == null ? null : AccountView.of(post.author);
      return new PostView(post.getRandId(), post.title, post.content, post.getCreatedAt(), author);
    }
  }

  record AccountView(String randId, String name, String handle) {
    static AccountView of(Account account) {
      return new AccountView(account.getRandId(), account.name, account.handle);
    }
  }

  /** Body of {@code PUT /accounts/{randId}}. */
  record AccountChange(String name, String handle) {}

  /** Body of {@code POST /users/{userRandId}/posts}; the author defaults to the user. */
  record NewPost(String authorRandId, String title, String content) {}
}
