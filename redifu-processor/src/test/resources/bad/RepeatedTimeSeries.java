package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.TimeSeries;
import io.redifu.runtime.BaseRecord;

@Entity
@TimeSeries(name = "ByAccount", key = "account:{accountRandId}:transactions")
@TimeSeries(name = "ByMerchant", key = "merchant:{merchantRandId}:transactions")
public class RepeatedTimeSeries extends BaseRecord {
  String accountRandId;
  String merchantRandId;
}
