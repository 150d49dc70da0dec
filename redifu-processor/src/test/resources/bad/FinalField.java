package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class FinalField extends BaseRecord {
  final String title = "fixed";
}
