package io.redifu.runtime;

/** A fetch met a reference declared {@code onMissing = FAIL} whose document could not be found. */
public class MissingRelationException extends RedifuException {
  private static final long serialVersionUID = 1L;

  private final transient MissingReference reference;

  public MissingRelationException(MissingReference reference) {
    super(
        reference.entity()
            + " \""
            + reference.randId()
            + "\" references "
            + reference.field()
            + " \""
            + reference.missingRandId()
            + "\", which is neither cached nor loadable (onMissing = FAIL)");
    this.reference = reference;
  }

  /** The reference that could not be resolved. */
  public MissingReference reference() {
    return reference;
  }
}
