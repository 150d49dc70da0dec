package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class HidingRandId extends BaseRecord {
  String randId;
}
