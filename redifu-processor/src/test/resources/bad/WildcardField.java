package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;
import java.util.List;

@Entity
public class WildcardField extends BaseRecord {
  List<? extends Number> scores;
}
