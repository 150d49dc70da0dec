package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class EmbeddedEntity extends BaseRecord {
  Author author;

  @Entity
  public static class Author extends BaseRecord {
    String name;
  }
}
