package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import java.util.List;

@Entity
public record RelationManyFillsOne(
    String randId,
    @RandIdRef List<String> readerRandIds,
    Reader readers) {

  @Entity
  public record Reader(String randId) {}
}
