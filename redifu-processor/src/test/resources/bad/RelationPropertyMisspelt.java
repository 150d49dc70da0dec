package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class RelationPropertyMisspelt extends BaseRecord {
  @RandIdRef String authorRandId;
  Author autor;

  @Entity
  public static class Author extends BaseRecord {}
}
