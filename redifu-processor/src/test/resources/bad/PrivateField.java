package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class PrivateField extends BaseRecord {
  String title;
  private int views;
}
