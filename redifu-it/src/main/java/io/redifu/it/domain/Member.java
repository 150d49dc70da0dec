package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/**
 * A member of an organization, for the hostile-input tests: two collections whose key templates
 * differ only by a literal part ({@code org:{orgId}:members}, {@code org:{orgId}:private:members})
 * and one with two parameters, so parameters holding separators could render another instance's key
 * if they were not encoded.
 */
@Entity(key = "member:{randId}", ttl = "10m")
@Sorted(key = "org:{orgId}:members", ttl = "10m")
@Sorted(name = "PrivateMembers", key = "org:{orgId}:private:members", ttl = "10m")
@Timeline(key = "tenant:{tenantId}:post:{postRandId}:comments", perPage = 5, ttl = "10m")
public class Member extends BaseRecord {
  String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
