package io.redifu.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the SQL column the generated row scanner reads into this property. Without it a column
 * matches a property by name, ignoring case and underscores ({@code author_randid} fills {@code
 * authorRandId}). A seed query must return the column of every {@code @Column} property.
 *
 * <p>Only on a stored property of an {@link Entity}: not {@link Transient}, not {@code transient},
 * not the property a {@link RandIdRef} fills (put it on the reference instead). No two properties
 * of an entity may read the same column ({@code [Redifu/DuplicateColumn]}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** The column label as the SQL result set reports it, case ignored; must not be blank. */
  String value();
}
