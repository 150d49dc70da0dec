package io.redifu.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark entity: a post whose JSON document is about 500 bytes. Its keys live under {@code
 * bench:} so they never collide with test data, and expire after an hour if a run is interrupted
 * before its tear-down deletes them. The timeline ({@code BenchPostTimelineCache}) is the feed that
 * {@code PageFetchBenchmark} pages through. Its author is injected from {@link BenchAccount}'s
 * documents ({@code AuthoredPageBenchmark}); the databind baseline leaves it out as the codec does.
 */
@Entity(key = "bench:post:{randId}", ttl = "1h")
@Timeline(key = "bench:feed:{userRandId}", perPage = 20, order = Order.DESC, ttl = "1h")
public class BenchPost extends BaseRecord {
  String title;
  String content;
  @RandIdRef String authorRandId;
  @JsonIgnore BenchAccount author;
  List<String> tags = new ArrayList<>();
  int likes;
  BenchPostStatus status;
  double score;
}
