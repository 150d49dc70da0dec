package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.TimeSeries;
import io.redifu.runtime.BaseRecord;

@Entity
@TimeSeries(key = "account:{accountRandId}:transactions")
@TimeSeries(key = "merchant:{merchantRandId}:transactions")
public class DuplicateUnnamedTimeSeries extends BaseRecord {
  String accountRandId;
  String merchantRandId;
}
