package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;
import java.util.Map;

@Entity
public class DoubleMapKey extends BaseRecord {
  Map<Double, String> labels;
}
