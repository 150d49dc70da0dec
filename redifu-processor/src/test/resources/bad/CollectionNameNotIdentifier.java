package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

@Entity
@Timeline(
    name = "User Feed",
    key = "feed:user:{userRandId}:posts")
public class CollectionNameNotIdentifier extends BaseRecord {}
