package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class ArrayField extends BaseRecord {
  String[] tags;
}
