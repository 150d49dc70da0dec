package io.redifu.runtime.internal.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.redifu.runtime.EntityCodec;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySpaceTest {
  @Test
  void templatesThatDifferInALiteralFieldOrInFieldCountCoexist() {
    KeySpace space = new KeySpace();
    for (String template :
        List.of(
            "org:{orgId}:members",
            "org:{orgId}:private:members",
            "tenant:{tenantId}:post:{postRandId}:comments",
            "post:{postRandId}:comments",
            "feed:user:{userRandId}:posts",
            "feed:{feedId}",
            "org:admin",
            "settings")) {
      space.collection(template + "Cache", template);
    }
    space.collection("org:{orgId}:membersCache", "org:{orgId}:members"); // created again
    space.collection("HandBuilt", null);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "org:{orgId}:members       | org:admin:members      | org:admin:members",
        "org:{orgId}:members       | org:{teamId}:members   | org:x:members",
        "user{userId}              | use{id}                | userx",
        "{a}:x                     | y:{b}                  | y:x",
        "org:{orgId}:members       | org:42%3Aprivate:members | org:42%3Aprivate:members"
      })
  void templatesThatCanRenderTheSameKeyAreRefusedNamingBoth(
      String first, String second, String common) {
    KeySpace space = new KeySpace();
    space.collection("FirstCache", first);
    assertThatThrownBy(() -> space.collection("SecondCache", second))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"" + first + "\" (FirstCache)")
        .hasMessageContaining("\"" + second + "\" (SecondCache)")
        .hasMessageContaining("e.g. \"" + common + "\"");
  }

  @Test
  void aLiteralNoParameterCanRenderIsNoConflict() {
    KeySpace space = new KeySpace();
    space.collection("MembersCache", "org:{orgId}:members");
    // orgId is never empty, never holds ':', and '%' only starts an escape of an encoded character
    assertThatCode(() -> space.collection("A", "org::members")).doesNotThrowAnyException();
    assertThatCode(() -> space.collection("B", "org:a:b:members")).doesNotThrowAnyException();
    assertThatCode(() -> space.collection("C", "org:%41:members")).doesNotThrowAnyException();
  }

  @Test
  void documentTemplatesOfTwoEntitiesMustNotOverlap() {
    KeySpace space = new KeySpace();
    EntitySpec<String> item = spec("Item", id -> "item:" + Keys.param("randId", id));
    space.documents(item);
    space.documents(item);
    space.documents(spec("Item", id -> "item:" + Keys.param("randId", id))); // a hand-built twin
    space.documents(spec("Note", id -> "note:" + Keys.param("randId", id)));
    assertThatThrownBy(() -> space.documents(spec("Other", id -> Keys.param("randId", id) + ":x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"item:{randId}\" (Item)")
        .hasMessageContaining("\"{randId}:x\" (Other)")
        .hasMessageContaining("e.g. \"item:x\"");
  }

  private static EntitySpec<String> spec(String name, UnaryOperator<String> key) {
    EntityCodec<String> codec =
        new EntityCodec<>() {
          @Override
          public void write(JsonGenerator generator, String value) {
            throw new UnsupportedOperationException();
          }

          @Override
          public String read(JsonParser parser) {
            throw new UnsupportedOperationException();
          }

          @Override
          public String randId(String value) {
            return value;
          }

          @Override
          public String entityName() {
            return name;
          }

          @Override
          public Class<String> type() {
            return String.class;
          }

          @Override
          public String copy(String value) {
            return value; // immutable
          }
        };
    return EntitySpec.builder(codec, key).build();
  }

  @Test
  void aVersionedTemplateBesideTheOldOneCoexistsOnlyWithASeparator() {
    KeySpace space = new KeySpace();
    space.collection("PostV1", "post:{randId}");
    // a parameter never holds ':' (encoded as %3A), so post:{randId} cannot render post:v2:x
    assertThatCode(() -> space.collection("PostV2", "post:v2:{randId}")).doesNotThrowAnyException();
    // without the separator, randId "v3x" of the first renders "post:v3x"
    assertThatThrownBy(() -> space.collection("PostV3", "post:v3{randId}"))
        .isInstanceOf(IllegalStateException.class);
  }
}
