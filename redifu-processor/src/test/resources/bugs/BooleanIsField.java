package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class BooleanIsField extends BaseRecord {
  private boolean isActive;

  public boolean isActive() {
    return isActive;
  }

  public void setActive(boolean active) {
    this.isActive = active;
  }
}
