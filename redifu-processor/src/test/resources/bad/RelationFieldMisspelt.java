package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;

@Entity
public class RelationFieldMisspelt extends BaseRecord {
  @RandIdRef(
      field = "writter")
  String writerId;

  Author writer;

  @Entity
  public static class Author extends BaseRecord {}
}
