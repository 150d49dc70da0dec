package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.TimeSeries;
import io.redifu.runtime.BaseRecord;

/**
 * Time series: an unnamed one ranged by the inherited {@code Instant createdAt}, and a named one
 * without an expiry ranged by a boxed {@code Long} read through a getter.
 */
@Entity(key = "tx:{randId}")
@TimeSeries(key = "account:{accountRandId}:txs", ttl = "1d")
@TimeSeries(name = "Ledger", key = "ledger:{ledgerId}:entries", sortBy = "sequence", ttl = "0")
public class Transaction extends BaseRecord {
  String accountRandId;
  String ledgerId;
  long amountCents;
  private Long sequence;

  public Long getSequence() {
    return sequence;
  }

  public void setSequence(Long sequence) {
    this.sequence = sequence;
  }
}
