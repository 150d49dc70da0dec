package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.TimeSeries;
import io.redifu.runtime.BaseRecord;

@Entity
@TimeSeries(
    key = "account:{accountRandId}:transactions",
    sortBy = "sequence")
public class TimeSeriesSortByInt extends BaseRecord {
  String accountRandId;
  int sequence;
}
