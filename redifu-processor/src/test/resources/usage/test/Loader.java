package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/** An entity named like the functional interface its cache nests. */
@Entity
public class Loader extends BaseRecord {}
