package io.redifu.bench;

import io.redifu.runtime.Cursor;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.RedisKeyValueAdapter;
import org.springframework.data.redis.core.RedisKeyValueTemplate;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.mapping.RedisMappingContext;
import org.springframework.data.redis.repository.support.RedisRepositoryFactory;
import org.springframework.data.repository.CrudRepository;
import redis.clients.jedis.JedisPoolConfig;

/**
 * The Spring Data Redis peer, without Spring Boot: its Jedis driver (pooled), {@code
 * CrudRepository}s made by {@link RedisRepositoryFactory} over a {@link RedisKeyValueTemplate}
 * (what {@code @EnableRedisRepositories} would register), and the feed as a sorted set of post ids
 * read with {@link ZSetOperations}, which is what an SDR user keeps for a timeline: repositories
 * only page over an unsorted set of all ids.
 */
final class SpringDataPeer implements AutoCloseable {
  static final String PREFIX = "bench:sdr:";
  static final String TIMELINE = PREFIX + "timeline:" + PageFeed.USER;

  public interface PostRepository extends CrudRepository<SdrPost, String> {}

  public interface AccountRepository extends CrudRepository<SdrAccount, String> {}

  private final JedisConnectionFactory factory;
  private final RedisKeyValueAdapter adapter;
  private final StringRedisTemplate strings;
  private final ZSetOperations<String, String> zset;
  final PostRepository posts;
  final AccountRepository accounts;

  SpringDataPeer(String url) {
    URI uri = URI.create(url);
    JedisPoolConfig pool = new JedisPoolConfig();
    pool.setMaxTotal(16); // 8 benchmark threads never wait for a connection
    pool.setMaxIdle(16);
    factory =
        new JedisConnectionFactory(
            new RedisStandaloneConfiguration(
                uri.getHost(), uri.getPort() == -1 ? 6379 : uri.getPort()),
            JedisClientConfiguration.builder().usePooling().poolConfig(pool).build());
    factory.afterPropertiesSet();
    factory.start();
    RedisTemplate<byte[], byte[]> template = new RedisTemplate<>();
    template.setConnectionFactory(factory);
    template.afterPropertiesSet();
    RedisMappingContext mapping = new RedisMappingContext();
    adapter = new RedisKeyValueAdapter(template, mapping);
    adapter.afterPropertiesSet();
    RedisRepositoryFactory repositories =
        new RedisRepositoryFactory(new RedisKeyValueTemplate(adapter, mapping));
    posts = repositories.getRepository(PostRepository.class);
    accounts = repositories.getRepository(AccountRepository.class);
    strings = new StringRedisTemplate(factory);
    zset = strings.opsForZSet();
  }

  /** Saves the accounts and posts through the repositories and fills the timeline. */
  void seed(PageFeed feed) {
    List<SdrAccount> sdrAccounts = new ArrayList<>(feed.accounts.size());
    feed.accounts.forEach(account -> sdrAccounts.add(SdrAccount.from(account)));
    accounts.saveAll(sdrAccounts);
    List<SdrPost> sdrPosts = new ArrayList<>(feed.posts.size());
    Set<ZSetOperations.TypedTuple<String>> members = new LinkedHashSet<>();
    for (BenchPost post : feed.posts) {
      sdrPosts.add(SdrPost.from(post));
      members.add(
          ZSetOperations.TypedTuple.of(
              post.getRandId(), (double) post.getCreatedAt().toEpochMilli()));
    }
    posts.saveAll(sdrPosts);
    zset.add(TIMELINE, members);
    strings.expire(TIMELINE, Duration.ofHours(1));
  }

  SdrPost get(String id) {
    return posts.findById(id).orElseThrow();
  }

  List<SdrPost> getAll(List<String> ids) {
    List<SdrPost> found = new ArrayList<>(ids.size());
    posts.findAllById(ids).forEach(found::add);
    return found;
  }

  /**
   * {@code ZREVRANGEBYSCORE} below the cursor ({@link ZSetOperations} bounds are inclusive, so the
   * cursor's own score is stepped over with {@link Math#nextDown}), then {@code findAllById} of the
   * posts, then {@code findAllById} of their distinct authors.
   */
  List<SdrPost> page(Cursor cursor) {
    Set<String> ids =
        zset.reverseRangeByScore(
            TIMELINE,
            Double.NEGATIVE_INFINITY,
            Math.nextDown(cursor.score()),
            0,
            PageFeed.PER_PAGE);
    List<SdrPost> page = new ArrayList<>(PageFeed.PER_PAGE);
    posts.findAllById(ids).forEach(page::add);
    Set<String> authorIds = new LinkedHashSet<>();
    for (SdrPost post : page) {
      authorIds.add(post.authorRandId);
    }
    Map<String, SdrAccount> authors = new HashMap<>();
    for (SdrAccount author : accounts.findAllById(authorIds)) {
      authors.put(author.randId, author);
    }
    for (SdrPost post : page) {
      post.author = authors.get(post.authorRandId);
    }
    return page;
  }

  @Override
  public void close() throws Exception {
    adapter.destroy();
    factory.destroy();
  }
}
