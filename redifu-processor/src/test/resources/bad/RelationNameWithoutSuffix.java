package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class RelationNameWithoutSuffix extends BaseRecord {
  @RandIdRef String authorId;
  Author author;

  @Entity
  public static class Author extends BaseRecord {}
}
