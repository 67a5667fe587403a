package dev.nodebuffer.bench;

import dev.nodebuffer.Buffer;

/**
 * Which encodings the port in the jar knows: {@code java -cp benchmarks.jar
 * dev.nodebuffer.bench.Encodings hex base64} prints each argument for which {@code
 * Buffer.isEncoding} is true, one a line. {@code scripts/bench} skips the workloads whose encoding
 * has not landed yet.
 */
public final class Encodings {

  private Encodings() {}

  public static void main(String[] args) {
    for (String name : args) {
      if (Buffer.isEncoding(name)) {
        System.out.println(name);
      }
    }
  }
}
