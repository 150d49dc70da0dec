package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class RelationToInvalidEntity extends BaseRecord {
  @RandIdRef String authorRandId;
  Author author;

  @Entity
  public static class Author {
    String name;
  }
}
