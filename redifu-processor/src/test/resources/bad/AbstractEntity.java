package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

@Entity
public abstract class AbstractEntity extends BaseRecord {}
