package com.example;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(key = "account:{randId}", ttl = "30d")
public class Account extends BaseRecord {
  String name;
}
