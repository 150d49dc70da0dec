package io.redifu.it.domain;

import io.redifu.annotation.Entity;

/** A configuration value that never expires (ttl "0"); its missing markers live 90 s. */
@Entity(key = "setting:{randId}", ttl = "0", missingTtl = "90s")
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
