package io.redifu.runtime.internal.model;

import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.codec.RowScanner;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What generated code knows about one entity type, fixed at compile time; built by {@link
 * #builder}, immutable. Specs are generated singletons: equality is identity.
 *
 * @param codec the generated JSON codec
 * @param documentKey renders (and validates) the document key of a randId
 * @param ttlMillis time to live of documents; 0 = no expiry
 * @param missingTtlMillis time to live of missing markers; {@link #DEFAULT_MISSING_TTL} = the
 *     {@code Redifu}'s {@code missingMarkerTtl} (markers always expire)
 * @param slidingTtl whether reads restart the time to live
 * @param relations the generated injector of its {@code @RandIdRef}s
 * @param rows the generated JDBC row scanner, for seeding; null where none was generated
 */
public record EntitySpec<T>(
    EntityCodec<T> codec,
    UnaryOperator<String> documentKey,
    long ttlMillis,
    long missingTtlMillis,
    boolean slidingTtl,
    Relations<T> relations,
    RowScanner<T> rows) {
  /** {@code missingTtlMillis} of an entity that leaves its markers' TTL to the {@code Redifu}. */
  public static final long DEFAULT_MISSING_TTL = 0;

  /**
   * The spec of the entity {@code codec} writes, whose document key {@code documentKey} renders
   * (and validates) from a randId. Unless the builder says otherwise: documents never expire,
   * markers live the {@code Redifu}'s {@code missingMarkerTtl}, reads leave the TTL alone, no
   * relations, no row scanner.
   */
  public static <T> Builder<T> builder(EntityCodec<T> codec, UnaryOperator<String> documentKey) {
    return new Builder<>(codec, documentKey);
  }

  public String entityName() {
    return codec.entityName();
  }

  /** Identity, which keeps the many map lookups per read cheap. */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /**
   * The text before and after the randId in document keys, so scripts can build document keys.
   * Entity key templates hold {randId} exactly once (checked at compile time).
   */
  public List<byte[]> keyAffixes() {
    String[] affixes = affixes();
    return List.of(Bytes.encode(affixes[0]), Bytes.encode(affixes[1]));
  }

  /** The document key template, e.g. {@code post:{randId}}, as {@link #documentKey} renders it. */
  String keyTemplate() {
    String[] affixes = affixes();
    return affixes[0] + "{randId}" + affixes[1];
  }

  private String[] affixes() {
    String probe = "redifuAffixProbe"; // letters only: encoding leaves it as it is
    String key = documentKey.apply(probe);
    int at = key.indexOf(probe);
    return new String[] {key.substring(0, at), key.substring(at + probe.length())};
  }

  /** Whether reads should refresh the TTL: only when there is one to refresh. */
  public boolean refreshesOnRead() {
    return slidingTtl && ttlMillis > 0;
  }

  /**
   * The TTL in milliseconds a script restarts on the documents it reads, as GETEX does on the
   * default path; empty when reads leave the TTL alone.
   */
  public byte[] slidingTtlArg() {
    return refreshesOnRead() ? Bytes.encode(Long.toString(ttlMillis)) : new byte[0];
  }

  /** Builds an {@link EntitySpec}; each setter names what its value means. */
  public static final class Builder<T> {
    private final EntityCodec<T> codec;
    private final UnaryOperator<String> documentKey;
    private long ttlMillis;
    private long missingTtlMillis = DEFAULT_MISSING_TTL;
    private boolean slidingTtl;
    private Relations<T> relations = Relations.none();
    private RowScanner<T> rows;

    private Builder(EntityCodec<T> codec, UnaryOperator<String> documentKey) {
      if (codec == null || documentKey == null) {
        throw new IllegalArgumentException("an entity spec needs its codec and document key");
      }
      this.codec = codec;
      this.documentKey = documentKey;
    }

    /** Time to live of documents, restarted by writes; 0 (the default) = no expiry. */
    public Builder<T> ttlMillis(long ttlMillis) {
      SpecChecks.ttl(ttlMillis);
      this.ttlMillis = ttlMillis;
      return this;
    }

    /**
     * Time to live of missing markers, > 0; {@link #DEFAULT_MISSING_TTL} (the default) = the {@code
     * Redifu}'s {@code missingMarkerTtl}.
     */
    public Builder<T> missingTtlMillis(long missingTtlMillis) {
      if (missingTtlMillis < 0) {
        throw new IllegalArgumentException(
            "missingTtlMillis must be > 0, or 0 for the Redifu's missingMarkerTtl; was "
                + missingTtlMillis);
      }
      this.missingTtlMillis = missingTtlMillis;
      return this;
    }

    /** Reads restart the documents' time to live, too. */
    public Builder<T> slidingTtl() {
      this.slidingTtl = true;
      return this;
    }

    /** The generated injector of the entity's {@code @RandIdRef}s (default: none). */
    public Builder<T> relations(Relations<T> relations) {
      if (relations == null) {
        throw new IllegalArgumentException("relations must not be null");
      }
      this.relations = relations;
      return this;
    }

    /** The generated JDBC row scanner, which seeding and loaders read rows with. */
    public Builder<T> rowScanner(RowScanner<T> rows) {
      this.rows = rows;
      return this;
    }

    public EntitySpec<T> build() {
      return new EntitySpec<>(
          codec, documentKey, ttlMillis, missingTtlMillis, slidingTtl, relations, rows);
    }
  }
}
