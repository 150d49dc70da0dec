package io.redifu.it.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Which changes of an entity class old cached documents survive, through the generated codec: a
 * field added or removed is safe, a renamed field reads as missing, a changed type fails.
 */
class SchemaChangeTest {
  private static Post decode(String json) {
    return JsonCodecs.decode(
        PostCodec.create(), json.getBytes(StandardCharsets.UTF_8), "post:test");
  }

  @Test
  void aFieldTheClassNoLongerHasIsIgnored() {
    Post post = decode("{\"randId\":\"p1\",\"title\":\"t\",\"views\":42,\"meta\":{\"a\":[1,2]}}");
    assertThat(post.getRandId()).isEqualTo("p1");
    assertThat(post.getTitle()).isEqualTo("t");
  }

  @Test
  void aFieldTheDocumentLacksKeepsTheClassDefault() {
    Post post = decode("{\"randId\":\"p1\"}");
    assertThat(post.getTitle()).isNull();
    assertThat(post.getTags()).as("the field initializer's value").isEmpty();
  }

  @Test
  void aRenamedFieldReadsAsMissing() {
    Post post = decode("{\"randId\":\"p1\",\"headline\":\"old name of title\"}");
    assertThat(post.getTitle()).isNull();
  }

  @Test
  void aFieldWhoseTypeChangedIsACorruptEntry() {
    assertThatThrownBy(() -> decode("{\"randId\":\"p1\",\"tags\":\"news,tech\"}"))
        .isInstanceOf(CorruptEntryException.class)
        .hasMessageContaining("post:test");
  }
}
