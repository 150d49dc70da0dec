package io.redifu.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/** javac, Maven and Gradle find the processor through these two files, both in its jar. */
class ProcessorRegistrationTest {
  private static final String PROCESSOR = "io.redifu.processor.RedifuProcessor";

  @Test
  void registeredAsAnAnnotationProcessorService() throws IOException {
    List<String> entries = new ArrayList<>();
    for (URL url :
        Collections.list(
            getClass()
                .getClassLoader()
                .getResources("META-INF/services/javax.annotation.processing.Processor"))) {
      entries.addAll(lines(url));
    }

    assertThat(entries).contains(PROCESSOR);
    assertThat(ServiceLoader.load(Processor.class, getClass().getClassLoader()))
        .anyMatch(processor -> processor instanceof RedifuProcessor);
  }

  @Test
  void declaredIsolatingForGradleIncrementalBuilds() throws IOException {
    URL url =
        getClass()
            .getClassLoader()
            .getResource("META-INF/gradle/incremental.annotation.processors");

    assertThat(url).isNotNull();
    assertThat(lines(url)).containsExactly(PROCESSOR + ",isolating");
    assertThat(RedifuProcessor.class.getName()).isEqualTo(PROCESSOR);
  }

  /** The non-blank, non-comment lines of a registration file. */
  private static List<String> lines(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
