package io.redifu.example;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/** An author. Stored once, under account:{randId}, for seven days. */
@Entity(key = "demo:account:{randId}", ttl = "7d")
public class Account extends BaseRecord {
  String name;
  String handle;

  static Account of(String name, String handle) {
    Account account = new Account();
    account.init();
    account.name = name;
    account.handle = handle;
    return account;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
