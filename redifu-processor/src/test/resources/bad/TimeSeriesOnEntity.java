package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.TimeSeries;
import io.redifu.runtime.BaseRecord;

@Entity
@TimeSeries(key = "account:{accountRandId}:transactions")
public class TimeSeriesOnEntity extends BaseRecord {
  String accountRandId;
}
