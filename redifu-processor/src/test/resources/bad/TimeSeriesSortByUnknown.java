package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.TimeSeries;

@Entity
@TimeSeries(
    key = "account:{accountRandId}:transactions",
    sortBy = "bookedOn")
public class TimeSeriesSortByUnknown {
  String randId;
  String accountRandId;
  String memo;
}
