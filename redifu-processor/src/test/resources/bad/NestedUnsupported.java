package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class NestedUnsupported extends BaseRecord {
  Address address;

  public static class Address {
    String street;
    Object extra;
  }
}
