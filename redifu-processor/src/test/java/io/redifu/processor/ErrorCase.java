package io.redifu.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.redifu.processor.validation.Diagnostics;
import javax.tools.JavaFileObject;

/**
 * A row of a negative-test table: a source under {@code bad/} that breaks exactly one rule, so it
 * must fail with exactly one error (no cascade) that carries the catalogue code and text and points
 * at the offending line.
 *
 * @param file a source under {@code src/test/resources/bad/}
 * @param diagnostic the catalogue entry the file triggers
 * @param message the expected message, or a leading fragment of it; starts with the code tag
 * @param line text that occurs on the reported line, and on no other line of the file
 */
record ErrorCase(String file, Diagnostics diagnostic, String message, String line) {
  @Override
  public String toString() {
    return file + " -> " + diagnostic;
  }

  void check() {
    assertThat(message).startsWith("[Redifu/" + diagnostic.code() + "] ");
    JavaFileObject source = JavaFileObjects.forResource("bad/" + file);

    Compilation compilation = javac().withProcessors(new RedifuProcessor()).compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }
}
