package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class NoConstructor extends BaseRecord {
  String title;

  public NoConstructor(String title) {
    this.title = title;
  }
}
