package io.redifu.it.domain;

import io.redifu.annotation.Entity;

/** A configuration value that never expires (ttl "0"). */
@Entity(key = "setting:{randId}", ttl = "0")
public class Setting {
  String randId;
  String value;

  public Setting() {}

  public Setting(String randId, String value) {
    this.randId = randId;
    this.value = value;
  }

  public String randId() {
    return randId;
  }

  public String value() {
    return value;
  }
}
