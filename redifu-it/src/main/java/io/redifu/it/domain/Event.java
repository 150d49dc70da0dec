package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.Page;
import io.redifu.annotation.Sorted;
import io.redifu.annotation.TimeSeries;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/**
 * A row of the real-data tests (RealDataIT): tables with each database's default timestamp types,
 * filled by {@code now()}, read through every kind of collection in both orders. Seven per page, so
 * pages end inside runs of rows that share an instant.
 */
@Entity(key = "real:event:{randId}", ttl = "10m")
@Timeline(key = "real:feed:{groupRandId}", perPage = 7, order = Order.DESC, ttl = "10m")
@Timeline(
    name = "OldestFirst",
    key = "real:oldest:{groupRandId}",
    perPage = 7,
    order = Order.ASC,
    ttl = "10m")
@Sorted(key = "real:sorted:{groupRandId}", ttl = "10m")
@Page(key = "real:pages:{groupRandId}", perPage = 7, order = Order.DESC, ttl = "10m")
@Page(
    name = "OldestPages",
    key = "real:oldest-pages:{groupRandId}",
    perPage = 7,
    order = Order.ASC,
    ttl = "10m")
@TimeSeries(key = "real:series:{groupRandId}", ttl = "10m")
public class Event extends BaseRecord {
  String groupRandId;
  String title;

  public String getGroupRandId() {
    return groupRandId;
  }

  public void setGroupRandId(String groupRandId) {
    this.groupRandId = groupRandId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
