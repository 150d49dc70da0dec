package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class EmbeddedEntityBesideRelation extends BaseRecord {
  @RandIdRef String authorRandId;
  Author author;
  Author editor;

  @Entity
  public static class Author extends BaseRecord {}
}
