package io.redifu.runtime;

import io.redifu.runtime.internal.codec.LogText;

/**
 * Root of every exception redifu throws; unchecked. Its message is one line: line breaks and other
 * control characters (from key parameters or ids, say) are escaped, so that a logged exception
 * cannot forge log lines.
 */
public class RedifuException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RedifuException(String message) {
    super(LogText.oneLine(message));
  }

  public RedifuException(String message, Throwable cause) {
    super(LogText.oneLine(message), cause);
  }
}
