package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(name = "Feed", key = "feed:user:{userRandId}:posts")
@Sorted(
    name = "Feed",
    key = "feed:group:{groupRandId}:posts")
public class DuplicateCollectionName extends BaseRecord {}
