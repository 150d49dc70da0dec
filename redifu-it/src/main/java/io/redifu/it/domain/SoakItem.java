package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.Page;
import io.redifu.annotation.Sorted;
import io.redifu.annotation.TimeSeries;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/**
 * An item of the soak test (SoakIT): in one group's timeline, sorted collection, numbered pages and
 * time series at once. TTLs are seconds, so documents and collections expire and are seeded again
 * while the soak runs; keys start with {@code soak:} so no other test shares them. Missing markers
 * live as long as documents.
 */
@Entity(key = "soak:item:{randId}", ttl = "4s", missingTtl = "4s")
@Timeline(key = "soak:feed:{groupRandId}", perPage = 10, order = Order.DESC, ttl = "1s")
@Sorted(key = "soak:sorted:{groupRandId}", ttl = "1s")
@Page(key = "soak:pages:{groupRandId}", perPage = 10, order = Order.DESC, ttl = "1s")
@TimeSeries(key = "soak:series:{groupRandId}", ttl = "1s")
public class SoakItem extends BaseRecord {
  String groupRandId;
  String title;
  long version;

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

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
