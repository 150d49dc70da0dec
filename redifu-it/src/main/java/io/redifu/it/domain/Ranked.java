package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.TimeSeries;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/**
 * An item sorted by a whole number that may lie beyond what a Redis score holds exactly (2^53): in
 * a timeline and in a time series over ranks (HugeNumbersIT).
 */
@Entity(key = "ranked:{randId}", ttl = "10m")
@Timeline(
    key = "ranked:{groupRandId}",
    perPage = 5,
    order = Order.DESC,
    sortBy = "rank",
    ttl = "10m")
@TimeSeries(name = "Ledger", key = "ledger:{groupRandId}", sortBy = "rank", ttl = "10m")
public class Ranked extends BaseRecord {
  String groupRandId;
  long rank;

  public String getGroupRandId() {
    return groupRandId;
  }

  public void setGroupRandId(String groupRandId) {
    this.groupRandId = groupRandId;
  }

  public long getRank() {
    return rank;
  }

  public void setRank(long rank) {
    this.rank = rank;
  }
}
