package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class BooleanIsFieldWithoutAccessors extends BaseRecord {
  private boolean isActive;
}
