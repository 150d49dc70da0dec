package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Page;

@Entity
@Page(key = "setting:{group}:values")
public class SortByDefaultMissing {
  String randId;
  String value;
}
