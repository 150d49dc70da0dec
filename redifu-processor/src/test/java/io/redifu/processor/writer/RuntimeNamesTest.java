package io.redifu.processor.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
}
