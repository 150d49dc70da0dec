package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(name = "UserFeed", key = "feed:user:{userRandId}:posts")
@Timeline(name = "GroupFeed", key = "feed:group:{groupRandId}:posts")
public class RepeatedTimelines extends BaseRecord {
  String userRandId;
  String groupRandId;
}
