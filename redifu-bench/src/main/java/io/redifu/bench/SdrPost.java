package io.redifu.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.redis.core.RedisHash;
import org.springframework.data.redis.core.index.Indexed;

/**
 * {@link BenchPost} as a Spring Data Redis user maps it: a {@code @RedisHash} (one hash per post,
 * fields flattened, plus SDR's {@code _class}), the author id {@code @Indexed} so posts can be
 * found by author, and the author itself loaded separately ({@code @Transient}).
 */
@RedisHash(value = "bench:sdr:post", timeToLive = 3600)
public class SdrPost {
  @Id public String randId;
  public Instant createdAt;
  public Instant updatedAt;
  public String title;
  public String content;
  @Indexed public String authorRandId;
  public List<String> tags = new ArrayList<>();
  public int likes;
  public BenchPostStatus status;
  public double score;
  @Transient public SdrAccount author;

  static SdrPost from(BenchPost post) {
    SdrPost sdr = new SdrPost();
    sdr.randId = post.getRandId();
    sdr.createdAt = post.getCreatedAt();
    sdr.updatedAt = post.getUpdatedAt();
    sdr.title = post.title;
    sdr.content = post.content;
    sdr.authorRandId = post.authorRandId;
    sdr.tags = new ArrayList<>(post.tags);
    sdr.likes = post.likes;
    sdr.status = post.status;
    sdr.score = post.score;
    return sdr;
  }

  /** Back to a {@link BenchPost} (author included), for {@link PeerChecks}. */
  BenchPost toBench() {
    BenchPost post = new BenchPost();
    post.setRandId(randId);
    post.setCreatedAt(createdAt);
    post.setUpdatedAt(updatedAt);
    post.title = title;
    post.content = content;
    post.authorRandId = authorRandId;
    post.tags = new ArrayList<>(tags);
    post.likes = likes;
    post.status = status;
    post.score = score;
    post.author = author == null ? null : author.toBench();
    return post;
  }
}
