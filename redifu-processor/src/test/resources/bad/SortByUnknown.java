package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.runtime.BaseRecord;

@Entity
@Sorted(
    key = "post:{postRandId}:comments",
    sortBy = "popularity")
public class SortByUnknown extends BaseRecord {
  String body;
  long likes;
}
