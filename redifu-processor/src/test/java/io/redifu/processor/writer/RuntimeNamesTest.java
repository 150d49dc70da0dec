package io.redifu.processor.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.palantir.javapoet.ClassName;
import io.redifu.processor.model.ScalarKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor never links against redifu-runtime or jackson-core; these checks make sure every
 * name its generated code uses exists on the test classpath, which has both.
 */
class RuntimeNamesTest {
  static Stream<ClassName> all() {
    return Arrays.stream(RuntimeNames.ALL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void resolvesToARealClass(ClassName name) {
    assertThatCode(() -> Class.forName(name.reflectionName())).doesNotThrowAnyException();
  }

  @Test
  void allListsEveryConstant() throws IllegalAccessException {
    List<ClassName> constants = new ArrayList<>();
    for (Field field : RuntimeNames.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClassName.class) {
        constants.add((ClassName) field.get(null));
      }
    }

    assertThat(RuntimeNames.ALL).containsExactlyInAnyOrderElementsOf(constants);
  }

  /** Row scanners read a scalar with the {@code SqlValues} constant named as its kind. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(ScalarKind.class)
  void everyScalarKindHasAColumnReader(ScalarKind kind) throws ReflectiveOperationException {
    Field reader = Class.forName(RuntimeNames.SQL_VALUES.reflectionName()).getField(kind.name());

    assertThat(Modifier.isStatic(reader.getModifiers())).isTrue();
    assertThat(reader.getType().getName()).isEqualTo("io.redifu.runtime.internal.codec.SqlScalar");
  }

  static Stream<ScalarKind> notText() {
    return Arrays.stream(ScalarKind.values()).filter(kind -> !kind.isText());
  }

  /** Codecs read primitives, strings and big numbers with {@code JsonReads.read<Suffix>}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("notText")
  void everyKindNotReadAsTextHasAJsonReader(ScalarKind kind) throws ClassNotFoundException {
    Class<?> reads = Class.forName(RuntimeNames.JSON_READS.reflectionName());
    Class<?> parser = Class.forName(RuntimeNames.JSON_PARSER.reflectionName());

    assertThatCode(() -> reads.getMethod("read" + kind.methodSuffix(), parser))
        .doesNotThrowAnyException();
  }
}
