package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

public class PrivateNestedEntity {
  @Entity
  private static class Hidden extends BaseRecord {}
}
