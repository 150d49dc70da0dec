package io.redifu.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the SQL column the generated row scanner reads into this property. Without it a column
 * matches a property by name, ignoring case and underscores ({@code author_randid} fills {@code
 * authorRandId}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** The column label as the SQL result set reports it; must not be empty. */
  String value();
}
