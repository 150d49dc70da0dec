package io.redifu.runtime.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.redifu.runtime.Redifu;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runtime's layers, top to bottom; each may use only the layers below it (sql and redis stand
 * side by side and do not use each other). Seeding reads and writes collections and documents and
 * is never called back into; only the entry points, which generated code calls, sit above it.
 */
class LayersTest {
  private static final String INTERNAL = "io.redifu.runtime.internal";

  enum Layer {
    ENTRY_POINTS(INTERNAL),
    SEED(INTERNAL + ".seed"),
    COLLECTION(INTERNAL + ".collection"),
    DOCUMENT(INTERNAL + ".document"),
    SQL(INTERNAL + ".sql"),
    REDIS(INTERNAL + ".redis"),
    MODEL(INTERNAL + ".model"),
    CODEC(INTERNAL + ".codec");

    final String pkg;

    Layer(String pkg) {
      this.pkg = pkg;
    }

    /** The layers this one must not use: those above it, and its side-by-side neighbour. */
    String[] forbidden() {
      return Arrays.stream(values())
          .filter(
              other ->
                  other.ordinal() < ordinal()
                      || (this == SQL && other == REDIS)
                      || (this == REDIS && other == SQL))
          .map(other -> other.pkg)
          .toArray(String[]::new);
    }
  }

  private static final JavaClasses RUNTIME =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.redifu.runtime");

  @ParameterizedTest
  @EnumSource(Layer.class)
  void aLayerUsesOnlyTheLayersBelowIt(Layer layer) {
    noClasses()
        .that()
        .resideInAPackage(layer.pkg)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(layer.forbidden())
        .because(layer + " sits below " + List.of(layer.forbidden()))
        .allowEmptyShould(layer.forbidden().length == 0)
        .check(RUNTIME);
  }

  @Test
  void onlyTheEntryPointsReachTheRedifuInstance() {
    noClasses()
        .that()
        .resideInAPackage(INTERNAL + ".(*)..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(Redifu.class, Redifu.Builder.class)
        .check(RUNTIME);
  }

  @Test
  void theEntryPointPackageHoldsOnlyWhatGeneratedCodeCalls() {
    assertThat(
            RUNTIME.stream()
                .filter(c -> c.getPackageName().equals(INTERNAL) && c.isTopLevelClass())
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .map(c -> c.getSimpleName()))
        .containsExactlyInAnyOrder(
            "EntityStore",
            "TimelineStore",
            "SortedStore",
            "PageStore",
            "TimeSeriesStore",
            "CollectionStore",
            "SeederSlot",
            "RuntimeContext",
            "ScriptCatalog");
  }

  @Test
  void everyInternalClassIsInALayer() {
    List<String> packages = Arrays.stream(Layer.values()).map(layer -> layer.pkg).toList();
    assertThat(
            RUNTIME.stream()
                .filter(c -> c.getPackageName().startsWith(INTERNAL))
                .map(c -> c.getPackageName())
                .distinct())
        .isSubsetOf(packages);
  }
}
