package io.redifu.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Code outside the runtime uses its public API and what generated code calls (the stores in {@code
 * internal}, {@code internal.model}, {@code internal.codec}), never the implementation layers.
 * White-box tests of those layers live in the runtime's own packages.
 */
class ImplementationPackagesTest {
  static final String[] IMPLEMENTATION = {
    "io.redifu.runtime.internal.seed..",
    "io.redifu.runtime.internal.collection..",
    "io.redifu.runtime.internal.document..",
    "io.redifu.runtime.internal.sql..",
    "io.redifu.runtime.internal.redis.."
  };

  @Test
  void testsAndExamplesUseNoImplementationPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.redifu.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(IMPLEMENTATION)
        .check(new ClassFileImporter().importPackages("io.redifu"));
  }
}
