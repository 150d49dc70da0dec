package io.redifu.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a reference to another {@link Entity} by its randId. Only the id is stored; every fetch
 * injects the current document of the referenced entity into the related property, so one update of
 * the referenced entity shows everywhere.
 *
 * <p>Rules the processor enforces:
 *
 * <ul>
 *   <li>The annotated property is a {@code String xRandId} (one-to-one) or a {@code List<String>
 *       xRandIds} (one-to-many).
 *   <li>The injected property is {@code x} (resp. {@code xs}) unless {@link #field()} names
 *       another; it exists, and its type is an {@code @Entity} (resp. a {@code List} of one).
 *   <li>The injected property is never written to JSON.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface RandIdRef {
  /** The property that receives the referenced entity; empty means the name minus "RandId(s)". */
  String field() default "";

  /** What a fetch does when the referenced document cannot be found. */
  MissingRelation onMissing() default MissingRelation.NULL;
}
