package test;

import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Timeline(key = "feed:user:{userRandId}:posts")
public class TimelineWithoutEntity extends BaseRecord {}
