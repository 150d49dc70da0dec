package io.redifu.bench;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.redis.core.RedisHash;
import org.springframework.data.redis.core.index.Indexed;

/** {@link BenchAccount} as a Spring Data Redis {@code @RedisHash}, findable by its handle. */
@RedisHash(value = "bench:sdr:account", timeToLive = 3600)
public class SdrAccount {
  @Id public String randId;
  public Instant createdAt;
  public Instant updatedAt;
  public String name;
  @Indexed public String handle;
  public String bio;
  public String avatarUrl;
  public int followers;
  public boolean verified;

  static SdrAccount from(BenchAccount account) {
    SdrAccount sdr = new SdrAccount();
    sdr.randId = account.getRandId();
    sdr.createdAt = account.getCreatedAt();
    sdr.updatedAt = account.getUpdatedAt();
    sdr.name = account.name;
    sdr.handle = account.handle;
    sdr.bio = account.bio;
    sdr.avatarUrl = account.avatarUrl;
    sdr.followers = account.followers;
    sdr.verified = account.verified;
    return sdr;
  }

  BenchAccount toBench() {
    BenchAccount account = new BenchAccount();
    account.setRandId(randId);
    account.setCreatedAt(createdAt);
    account.setUpdatedAt(updatedAt);
    account.name = name;
    account.handle = handle;
    account.bio = bio;
    account.avatarUrl = avatarUrl;
    account.followers = followers;
    account.verified = verified;
    return account;
  }
}
