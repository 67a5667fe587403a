package com.example.bytes;

/** The example implementation's one exception: carries the Node error it stands for. */
public final class BytesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String jsName;
  private final String code;

  BytesException(String jsName, String code, String message) {
    super(message);
    this.jsName = jsName;
    this.code = code;
  }

  /** The JavaScript error's {@code name}: {@code RangeError}, {@code TypeError}... */
  public String jsName() {
    return jsName;
  }

  /** Node's error code, such as {@code ERR_OUT_OF_RANGE}. */
  public String code() {
    return code;
  }
}
