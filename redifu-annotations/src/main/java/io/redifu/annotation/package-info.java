/**
 * Annotations that declare redifu entities and collections. They have {@code CLASS} retention: the
 * annotation processor reads them at compile time and generates the code that uses them; no
 * annotation is read at run time.
 */
package io.redifu.annotation;
