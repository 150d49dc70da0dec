package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(
    key = "feed:user:{userRandId}:posts",
    perPage = 0)
public class PerPageZero extends BaseRecord {}
