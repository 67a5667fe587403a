package com.example.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The module object ({@code require('buffer')}): only {@code btoa} so far. */
public final class BytesModule {
  private BytesModule() {}

  /** Base64 of the string's Latin-1 bytes (a code unit above U+00FF is not checked). */
  public static String btoa(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
