package io.redifu.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.redifu.processor.validation.Diagnostics;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for processor bugs found while writing the processor tests, one per bug, with
 * inputs under {@code bugs/}. Each Javadoc says what went wrong before the fix and where the fix
 * lives.
 */
class ProcessorBugsTest {
  /**
   * Before the fix, javac crashes with {@code UnknownElementException}: auto-common 1.2.2's {@code
   * BasicAnnotationProcessor} cannot visit {@code RECORD_COMPONENT} elements, and {@link
   * io.redifu.annotation.RandIdRef} may target them. Fixed: stop listing {@code RandIdRef} as a
   * step annotation; parse it from {@code RelationParser} instead, reporting on the component's
   * backing field (here: the component fills no property).
   */
  @Test
  void randIdRefOnRecordComponentIsReportedNotACrash() {
    JavaFileObject source = JavaFileObjects.forResource("bugs/RandIdRefComponent.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostics.RELATION_PROPERTY_MISSING.format(
                "RandIdRefComponent",
                "authorRandId",
                "author",
                "RandIdRefComponent",
                "Add a property author of an @Entity type, or set field to the property that"
                    + " holds the referenced entity."))
        .inFile(source)
        .onLineContaining("@RandIdRef String authorRandId");
  }

  /**
   * Before the fix, the error has no file and no line: javac cannot map a {@code
   * RecordComponentElement} to source. Fixed: in {@code ObjectParser.recordProperty}, report on the
   * record's private field of the same name, which javac places on the component.
   */
  @Test
  void recordComponentErrorPointsAtTheComponent() {
    JavaFileObject source = JavaFileObjects.forResource("bugs/RecordArrayComponent.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[Redifu/UnsupportedType] RecordArrayComponent.payload has type byte[]")
        .inFile(source)
        .onLineContaining("byte[] payload");
  }

  /**
   * Before the fix, both {@code randId} fields become properties and the generated codec fails with
   * "duplicate case label". Fixed: {@code ObjectParser} rejects a stored field whose name an
   * inherited stored property already uses.
   */
  @Test
  void fieldHidingAnInheritedPropertyIsReportedOnTheField() {
    JavaFileObject source = JavaFileObjects.forResource("bugs/HidingRandId.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[Redifu/")
        .inFile(source)
        .onLineContaining("String randId;");
  }

  /**
   * Before the fix, the message asks for {@code setTitle(String)}, which cannot assign a final
   * field. Fix: {@code Accessors.of} reports {@code FINAL_FIELD} for every final field, private or
   * not.
   */
  @Test
  void privateFinalFieldIsReportedAsFinal() {
    JavaFileObject source = JavaFileObjects.forResource("bugs/PrivateFinalField.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Diagnostics.FINAL_FIELD.format("PrivateFinalField", "title"))
        .inFile(source)
        .onLineContaining("private final String title");
  }

  /**
   * Before the fix, a private {@code boolean isActive} with the JavaBeans accessors {@code
   * isActive()} and {@code setActive(boolean)} is rejected, and the message suggests {@code
   * isIsActive()} and {@code setIsActive(boolean)}. Fixed: {@code Accessors} also accepts (and
   * suggests first) the field's own name as getter and {@code setX} for a boolean named {@code
   * isX}.
   */
  @Test
  void booleanNamedIsXUsesJavaBeansAccessors() {
    Compilation compilation = compile(JavaFileObjects.forResource("bugs/BooleanIsField.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.BooleanIsFieldCodec")
        .contentsAsUtf8String()
        .contains("value.isActive()");
    assertThat(compilation)
        .generatedSourceFile("test.BooleanIsFieldCodec")
        .contentsAsUtf8String()
        .contains("value.setActive(");
  }

  @Test
  void booleanNamedIsXWithoutAccessorsSuggestsJavaBeansNames() {
    JavaFileObject source = JavaFileObjects.forResource("bugs/BooleanIsFieldWithoutAccessors.java");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostics.PRIVATE_FIELD.format(
                "BooleanIsFieldWithoutAccessors",
                "isActive",
                "getter and setter",
                "test",
                "isActive() and setActive(boolean)"))
        .inFile(source)
        .onLineContaining("private boolean isActive");
  }

  /**
   * Before the fix, a star followed by a slash in the key ends the Javadoc comment of the generated
   * cache, which then does not parse. Fixed: {@code EntityCacheWriter} escapes key text written
   * into Javadoc.
   */
  @Test
  void commentTerminatorInKeyCompiles() {
    Compilation compilation =
        compile(JavaFileObjects.forResource("bugs/CommentTerminatorInKey.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * Before the fix, the inherited field's type is the type variable {@code T}, rejected as "only
   * concrete classes can be stored". Fixed: resolve inherited field types with {@code
   * Types.asMemberOf(entityType, field)} in {@code ObjectParser} and {@code Accessors}.
   */
  @Test
  void fieldOfGenericSuperclassIsStoredWithItsActualType() {
    Compilation compilation = compile(JavaFileObjects.forResource("bugs/GenericSuperclass.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.GenericSuperclassCodec")
        .contentsAsUtf8String()
        .contains("value.payload = JsonReads.readString(p)");
  }

  /**
   * Before the fix, {@code ProductCodec} declares an unused {@code NOTE_FIELD} constant for the
   * transient component {@code note}. Fixed: {@code CodecWriter} collects JSON names from stored
   * properties only (then refresh the goldens).
   */
  @Test
  void transientPropertyGetsNoFieldNameConstant() {
    Compilation compilation = compile(JavaFileObjects.forResource("good/com/example/Product.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.ProductCodec")
        .contentsAsUtf8String()
        .doesNotContain("NOTE_FIELD");
  }

  private static Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new RedifuProcessor()).compile(source);
  }
}
