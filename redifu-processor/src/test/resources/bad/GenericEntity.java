package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class GenericEntity<T> extends BaseRecord {
  String title;
}
