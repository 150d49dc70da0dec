package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.RandIdRef;
import io.redifu.runtime.BaseRecord;
import java.util.List;

@Entity
public class RelationTargetNotEntityList extends BaseRecord {
  @RandIdRef List<String> tagRandIds;
  List<String> tags;
}
