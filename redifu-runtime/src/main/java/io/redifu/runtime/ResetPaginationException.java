package io.redifu.runtime;

/**
 * None of the ids a client sent as its cursor is still in the collection, so the page after it
 * cannot be located. The client should restart from the first page.
 */
public class ResetPaginationException extends RedifuException {
  private static final long serialVersionUID = 1L;

  public ResetPaginationException(String message) {
    super(message);
  }
}
