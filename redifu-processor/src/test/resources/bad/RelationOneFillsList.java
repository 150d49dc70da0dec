package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;
import java.util.List;

@Entity
public class RelationOneFillsList extends BaseRecord {
  @RandIdRef String authorRandId;
  List<Author> author;

  @Entity
  public static class Author extends BaseRecord {}
}
