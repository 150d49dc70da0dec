package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(
    key = "feed:user:{userRandId}:posts",
    sortBy = "rank")
public class SortByTransient extends BaseRecord {
  @Transient long rank;
}
