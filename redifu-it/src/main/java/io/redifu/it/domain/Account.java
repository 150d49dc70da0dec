package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

/** A user account; referenced by posts, reviews and notes; belongs to an organization. */
@Entity(key = "account:{randId}", ttl = "7d")
public class Account extends BaseRecord {
  String name;
  String email;
  AccountStatus status = AccountStatus.ACTIVE;
  int followers;
  @RandIdRef String organizationRandId;
  Organization organization;

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

  public String getOrganizationRandId() {
    return organizationRandId;
  }

  public void setOrganizationRandId(String organizationRandId) {
    this.organizationRandId = organizationRandId;
  }

  /** The organization, filled by fetches that resolve relations; never stored. */
  public Organization getOrganization() {
    return organization;
  }
}
