package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.TimeSeries;
import io.redifu.runtime.BaseRecord;

/** A money transfer of an account; its time series is ranged by the inherited createdAt. */
@Entity(key = "transfer:{randId}", ttl = "7d")
@TimeSeries(key = "account:{accountRandId}:transfers", ttl = "1h")
public class Transfer extends BaseRecord {
  String accountRandId;
  long amountCents;
  String memo;

  public String getAccountRandId() {
    return accountRandId;
  }

  public void setAccountRandId(String accountRandId) {
    this.accountRandId = accountRandId;
  }

  public long getAmountCents() {
    return amountCents;
  }

  public void setAmountCents(long amountCents) {
    this.amountCents = amountCents;
  }

  public String getMemo() {
    return memo;
  }

  public void setMemo(String memo) {
    this.memo = memo;
  }
}
