package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

public class InnerClassEntity {
  @Entity
  public class Inner extends BaseRecord {}
}
