package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;
import java.util.List;

@Entity
public class PrivateFieldWithoutSetter extends BaseRecord {
  private List<String> tags;

  public List<String> getTags() {
    return tags;
  }
}
