package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class NestedWithoutConstructor extends BaseRecord {
  Money price;

  public static class Money {
    long cents;

    public Money(long cents) {
      this.cents = cents;
    }
  }
}
