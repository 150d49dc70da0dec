package test;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class ColumnBlank extends BaseRecord {
  @Column(" ") String authorName;
}
