package test;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;
import java.time.Instant;

@Entity
public class DuplicateColumn extends BaseRecord {
  @Column("created_at") Instant publishedAt;
}
