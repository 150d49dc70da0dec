package com.example.org;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/** The target of a relation from another package ({@code Account}), with no relations itself. */
@Entity(key = "org:{randId}", ttl = "30d")
public class Organization extends BaseRecord {
  String name;
}
