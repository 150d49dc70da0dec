package com.example;

import com.example.org.Organization;
import io.redifu.annotation.Entity;
import io.redifu.annotation.MissingRelation;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

/**
 * Relations of a class entity: to an entity in another package through package-private fields,
 * and to itself through a reference named by {@code field} and private properties with accessors.
 */
@Entity(key = "account:{randId}")
public class Account extends BaseRecord {
  String name;
  @RandIdRef String organizationRandId;
  Organization organization;

  @RandIdRef(field = "manager", onMissing = MissingRelation.SKIP_PARENT)
  private String managerId;

  private Account manager;

  public String getManagerId() {
    return managerId;
  }

  public void setManagerId(String managerId) {
    this.managerId = managerId;
  }

  public Account getManager() {
    return manager;
  }

  public void setManager(Account manager) {
    this.manager = manager;
  }
}
