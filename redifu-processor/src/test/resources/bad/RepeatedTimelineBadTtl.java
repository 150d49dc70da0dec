package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(name = "UserFeed", key = "feed:user:{userRandId}:posts", ttl = "2d")
@Timeline(
    name = "GroupFeed",
    key = "feed:group:{groupRandId}:posts",
    ttl = "2x")
public class RepeatedTimelineBadTtl extends BaseRecord {}
