package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JavaScript's conversions as the factories apply them to Java values. The expected bytes were
 * printed by Node 22.23.3: {@code Buffer.from(['0x10', ' 7 ', '', ...])} and {@code
 * Buffer.from([1e21, 2**64, ...])}.
 */
class JsValuesTest {

  @Test
  void stringToUint8AsNode() {
    String[] inputs = {
      "0x10", " 7 ", "", "1e3", "-0x10", "Infinity", "infinity", ".5", "5.", "0b101", "0o17",
      "1_000", "\u00a0 9\n", "0X1f", "+5", "- 5", "0x", "1e", "12abc", "\u0663"
    };
    int[] node = {0x10, 0x07, 0, 0xe8, 0, 0, 0, 0, 5, 5, 0x0f, 0, 9, 0x1f, 5, 0, 0, 0, 0, 0};
    for (int i = 0; i < inputs.length; i++) {
      assertThat(JsValues.toUint8(inputs[i])).isEqualTo(node[i]);
    }
  }

  @Test
  void numberToUint8AsNode() {
    double[] inputs = {1e21, Math.pow(2, 64), -1.5, 300.7, -0.0, Math.pow(2, 53) + 2, -Math.pow(2, 40) - 3};
    int[] node = {0, 0, 0xff, 0x2c, 0, 2, 0xfd};
    for (int i = 0; i < inputs.length; i++) {
      assertThat(JsValues.toUint8(inputs[i])).isEqualTo(node[i]);
    }
    assertThat(JsValues.toUint8(Double.NaN)).isEqualTo(0);
    assertThat(JsValues.toUint8((Object) null)).isEqualTo(0);
    assertThat(JsValues.toUint8((Object) true)).isEqualTo(1);
  }

  @Test
  void receivedAsNodeDescribesTheValueAJavaValueStandsFor() {
    assertThat(JsValues.received(null)).isEqualTo("null");
    assertThat(JsValues.received("b")).isEqualTo("type string ('b')");
    // Node 22: Buffer.concat([v], 1) for each v, the text after "Received ".
    assertThat(JsValues.received("a".repeat(28))).isEqualTo("type string ('" + "a".repeat(28) + "')");
    assertThat(JsValues.received("a".repeat(29))).isEqualTo("type string ('" + "a".repeat(25) + "...')");
    assertThat(JsValues.received("it's")).isEqualTo("type string (\"it's\")");
    assertThat(JsValues.received("a\nb")).isEqualTo("type string ('a\nb')");
    assertThat(JsValues.received("x\"y")).isEqualTo("type string ('x\"y')");
    assertThat(JsValues.received("it's\n\u0001\\")).isEqualTo("type string (\"it's\\n\\u0001\\\\\")");
    assertThat(JsValues.received(5)).isEqualTo("type number (5)");
    assertThat(JsValues.received(-0.0)).isEqualTo("type number (-0)");
    assertThat(JsValues.received(1.5)).isEqualTo("type number (1.5)");
    assertThat(JsValues.received(1e21)).isEqualTo("type number (1e+21)");
    assertThat(JsValues.received(1.5e300)).isEqualTo("type number (1.5e+300)");
    assertThat(JsValues.received(0.1)).isEqualTo("type number (0.1)");
    assertThat(JsValues.received(Math.pow(2, 53))).isEqualTo("type number (9007199254740992)");
    assertThat(JsValues.received(1.5e-7)).isEqualTo("type number (1.5e-7)");
    assertThat(JsValues.received(0.000001)).isEqualTo("type number (0.000001)");
    assertThat(JsValues.received(123.456)).isEqualTo("type number (123.456)");
    assertThat(JsValues.received(Double.NaN)).isEqualTo("type number (NaN)");
    assertThat(JsValues.received(true)).isEqualTo("type boolean (true)");
    assertThat(JsValues.received(Buffer.alloc(1))).isEqualTo("an instance of Buffer");
    assertThat(JsValues.received(new Uint8Array(1))).isEqualTo("an instance of Uint8Array");
    assertThat(JsValues.received(new ArrayBuffer(1))).isEqualTo("an instance of ArrayBuffer");
    assertThat(JsValues.received(Map.of())).isEqualTo("an instance of Object");
    assertThat(JsValues.received(List.of())).isEqualTo("an instance of Array");
    assertThat(JsValues.received(new int[0])).isEqualTo("an instance of Array");
  }

  @Test
  void numberToStringIsNodesOnEveryJdk() {
    // Node 22: JSON.stringify([String(2e23), String(4611686018427387904), String(1152921504606846976),
    // String(5e-324), String(0.1+0.2), String(123456789012345680000)]). JDK 17's Double.toString
    // gives 2.0000000000000002E23 for the first.
    assertThat(JsValues.numberToString(2e23)).isEqualTo("2e+23");
    assertThat(JsValues.numberToString(4611686018427387904.0)).isEqualTo("4611686018427388000");
    assertThat(JsValues.numberToString(1152921504606846976.0)).isEqualTo("1152921504606847000");
    assertThat(JsValues.numberToString(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(JsValues.numberToString(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(JsValues.numberToString(123456789012345680000.0)).isEqualTo("123456789012345680000");
  }
}
