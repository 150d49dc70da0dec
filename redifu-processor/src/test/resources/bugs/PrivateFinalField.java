package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class PrivateFinalField extends BaseRecord {
  private final String title = "fixed";

  public String getTitle() {
    return title;
  }
}
