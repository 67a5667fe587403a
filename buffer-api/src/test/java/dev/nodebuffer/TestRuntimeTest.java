package dev.nodebuffer;

import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;

/** Proves which JDK runs the tests when the build asks for one (CI's JDK 17 pass). */
class TestRuntimeTest {

  @Test
  void testsRunOnTheRequestedJdk() {
    String expected = System.getProperty("nodebuffer.expectJava", "");
    String actual = System.getProperty("java.specification.version");
    System.out.println("tests run on Java " + actual + " (" + System.getProperty("java.home") + ")");
    if (!expected.isEmpty()) {
      assertWithMessage("java.specification.version").that(actual).isEqualTo(expected);
    }
  }
}
