package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(key = "feed:user:{userRandId}:posts")
@Timeline(key = "feed:group:{groupRandId}:posts")
public class DuplicateUnnamedTimelines extends BaseRecord {}
