package test;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public class ColumnOnTransientModifier extends BaseRecord {
  @Column("scratch_value") transient int scratch;
}
