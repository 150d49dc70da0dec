package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity(key = "files:*/{randId}")
public class CommentTerminatorInKey extends BaseRecord {}
