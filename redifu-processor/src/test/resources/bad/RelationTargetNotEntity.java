package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class RelationTargetNotEntity extends BaseRecord {
  @RandIdRef String authorRandId;
  String author;
}
