package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(key = "feed:user:{userRandId}:posts", sortBy = "views")
public class CollectionOnInvalidEntity extends BaseRecord {
  private long views;
}
