package test;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;

@Entity
public record ColumnOnRelation(
    String randId,
    @RandIdRef String authorRandId,
    @Column("author") Author author) {

  @Entity
  public record Author(String randId, String name) {}
}
