package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class RelationInNestedType extends BaseRecord {
  Address address;

  public static class Address {
    String city;
    @RandIdRef String ownerRandId;
  }
}
