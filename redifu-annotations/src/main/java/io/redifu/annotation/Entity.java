package io.redifu.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a type whose instances are stored once in Redis, each as one JSON document under its own
 * key. The processor generates {@code <Name>Cache} (the entity store) and {@code <Name>Codec} (the
 * JSON codec) in the type's package.
 *
 * <p>Rules the processor enforces (each violation is a compile error on the offending element):
 *
 * <ul>
 *   <li>The type is a top-level or {@code static} nested class, or a {@code record}; not abstract,
 *       not an interface, not an enum, not generic.
 *   <li>A class has a non-private no-argument constructor; a record uses its canonical constructor.
 *   <li>It has a {@code String randId} property (extending {@code io.redifu.runtime.BaseRecord}
 *       gives one).
 *   <li>Every stored field is readable and writable by generated code in the same package: not
 *       {@code private}, or with a getter ({@code getX}/{@code isX}) and a setter ({@code setX}).
 *   <li>Every stored field has a supported type: primitives and their boxes, {@code String}, enums,
 *       {@code BigDecimal}, {@code BigInteger}, {@code UUID}, {@code Instant}, {@code LocalDate},
 *       {@code LocalDateTime}, {@code OffsetDateTime}, {@code List}/{@code Set}/{@code Map} of
 *       supported types (map keys: {@code String}, enums, {@code UUID}, {@code Integer}, {@code
 *       Long}), and nested non-entity classes or records that follow the same rules. Fields that
 *       must not be stored are marked {@link Transient}; {@code static} and {@code transient}
 *       fields are never stored.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
  /**
   * Key template of the entity's document. It must contain the placeholder {@code {randId}} exactly
   * once and no other placeholder or brace, e.g. {@code "post:{randId}"}. The default is the simple
   * name in lower camel case followed by {@code ":{randId}"}, e.g. {@code "post:{randId}"} for
   * {@code Post}.
   */
  String key() default "";

  /**
   * Time to live of each document: {@code "7d"}, {@code "48h"}, {@code "30m"}, {@code "15s"},
   * {@code "500ms"}, or {@code "0"} for no expiry. Parsed and validated at compile time.
   */
  String ttl() default "7d";

  /**
   * Time to live of the entity's missing markers, the note that SQL had no row for an id (set by
   * {@code markMissing}, by a {@code getOrLoad} that found nothing, and by loads of ids the query
   * did not return), which spares SQL the same question while it lives: {@code "30s"}, {@code
   * "5m"}, {@code "500ms"}, ... The default {@code ""} takes the {@code Redifu} builder's {@code
   * missingMarkerTtl} (1 minute unless set). A marker always expires, so {@code "0"} is refused: it
   * would hide a row committed later from {@code getOrLoad} for good. A row a seed or loader
   * returns always replaces the marker. Parsed and validated at compile time.
   */
  String missingTtl() default "";

  /** When {@code true}, every read of a document (GETEX) restarts its time to live. */
  boolean slidingTtl() default false;
}
