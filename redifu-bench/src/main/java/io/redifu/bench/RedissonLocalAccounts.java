package io.redifu.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.redisson.Redisson;
import org.redisson.api.RLocalCachedMap;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.LocalCachedMapOptions;
import org.redisson.client.codec.BaseCodec;
import org.redisson.client.codec.Codec;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.Decoder;
import org.redisson.client.protocol.Encoder;
import org.redisson.config.Config;

/**
 * The Redisson peer of a near-cached entity: an {@link RLocalCachedMap} of accounts by randId
 * holding the JSON documents redifu writes, with Redisson's default local-cache options (unbounded,
 * no eviction, invalidation by pub/sub) unless said otherwise. Three ways to read it:
 *
 * <ul>
 *   <li>{@link #sharedValues}: a codec built on the generated {@code BenchAccountCodec}, so the
 *       local cache keeps decoded accounts and every hit returns the same shared instance: what a
 *       Redisson user with an object codec gets. Each get still encodes and hashes the key to find
 *       its local entry.
 *   <li>{@link #sharedValuesObjectKeys}: the same with {@code useObjectAsCacheKey(true)}, which
 *       looks the key up as it is: the cheapest hit Redisson offers.
 *   <li>{@link #decodedEachGet}: {@link StringCodec}, the local cache keeps the JSON and each hit
 *       decodes it with the generated codec, returning a fresh account as redifu does.
 * </ul>
 */
final class RedissonLocalAccounts<V> implements AutoCloseable {
  static final String MAP = RedissonPeer.PREFIX + "local-accounts";

  private static final BenchAccountCodec ACCOUNTS = BenchAccountCodec.create();

  private final RedissonClient client;
  private final RLocalCachedMap<String, V> map;
  private final Function<BenchAccount, V> toValue;
  private final Function<V, BenchAccount> toAccount;

  private RedissonLocalAccounts(
      String url,
      Codec codec,
      boolean objectKeys,
      Function<BenchAccount, V> toValue,
      Function<V, BenchAccount> toAccount) {
    Config config = new Config();
    config.useSingleServer().setAddress(url);
    client = Redisson.create(config);
    map =
        client.getLocalCachedMap(
            LocalCachedMapOptions.<String, V>name(MAP)
                .codec(codec)
                .useObjectAsCacheKey(objectKeys));
    this.toValue = toValue;
    this.toAccount = toAccount;
  }

  static RedissonLocalAccounts<BenchAccount> sharedValues(String url) {
    return new RedissonLocalAccounts<>(url, new AccountCodec(), false, a -> a, a -> a);
  }

  static RedissonLocalAccounts<BenchAccount> sharedValuesObjectKeys(String url) {
    return new RedissonLocalAccounts<>(url, new AccountCodec(), true, a -> a, a -> a);
  }

  static RedissonLocalAccounts<String> decodedEachGet(String url) {
    return new RedissonLocalAccounts<>(
        url,
        StringCodec.INSTANCE,
        false,
        account -> JsonCodecs.encodeToString(ACCOUNTS, account),
        document -> decode(document.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes every account into the map (1 h TTL), which also fills the local cache. */
  void seed(List<BenchAccount> accounts) {
    Map<String, V> values = new HashMap<>();
    accounts.forEach(account -> values.put(account.getRandId(), toValue.apply(account)));
    map.putAll(values);
    map.expire(Duration.ofHours(1));
  }

  BenchAccount get(String randId) {
    return toAccount.apply(map.get(randId));
  }

  @Override
  public void close() {
    map.destroy();
    client.shutdown();
  }

  private static BenchAccount decode(byte[] document) {
    return JsonCodecs.decode(ACCOUNTS, document, MAP);
  }

  /** Map values are accounts stored as redifu's JSON; keys are strings. */
  private static final class AccountCodec extends BaseCodec {
    private final Encoder encoder =
        value -> Unpooled.wrappedBuffer(JsonCodecs.encode(ACCOUNTS, (BenchAccount) value));
    private final Decoder<Object> decoder =
        (ByteBuf buffer, org.redisson.client.handler.State state) -> {
          byte[] document = new byte[buffer.readableBytes()];
          buffer.readBytes(document);
          return decode(document);
        };

    @Override
    public Decoder<Object> getValueDecoder() {
      return decoder;
    }

    @Override
    public Encoder getValueEncoder() {
      return encoder;
    }

    @Override
    public Decoder<Object> getMapKeyDecoder() {
      return StringCodec.INSTANCE.getMapKeyDecoder();
    }

    @Override
    public Encoder getMapKeyEncoder() {
      return StringCodec.INSTANCE.getMapKeyEncoder();
    }
  }
}
