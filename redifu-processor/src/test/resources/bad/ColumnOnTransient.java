package test;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;

@Entity
public class ColumnOnTransient extends BaseRecord {
  @Transient @Column("rendered_html") String renderedHtml;
}
