package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class DuplicateRelation extends BaseRecord {
  @RandIdRef String authorRandId;
  @RandIdRef(field = "author") String writerRandId;
  Author author;

  @Entity
  public static class Author extends BaseRecord {}
}
