package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/** A user account; referenced by posts. */
@Entity(key = "account:{randId}", ttl = "7d")
public class Account extends BaseRecord {
  String name;
  String email;
  AccountStatus status = AccountStatus.ACTIVE;
  int followers;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public int getFollowers() {
    return followers;
  }

  public void setFollowers(int followers) {
    this.followers = followers;
  }
}
