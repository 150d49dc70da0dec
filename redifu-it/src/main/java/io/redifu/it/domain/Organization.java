package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/** An organization accounts belong to; the end of the chain review → post → account → org. */
@Entity(key = "org:{randId}", ttl = "7d")
public class Organization extends BaseRecord {
  String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
