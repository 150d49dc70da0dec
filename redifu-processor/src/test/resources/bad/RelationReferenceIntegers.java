package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import java.util.List;

@Entity
public record RelationReferenceIntegers(
    String randId,
    @RandIdRef List<Integer> readerRandIds,
    List<Reader> readers) {

  @Entity
  public record Reader(String randId) {}
}
