package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StringsTest {

  // node v22.23.3: for (const s of [...]) console.log(JSON.stringify(s), util.inspect(s))
  //   "\u0001" '\x01'            "\u000b" '\x0B'          "\u007f" '\x7F'
  //   "\u0085" '\x85'            "\ud800" '\ud800'        "a😀" 'a😀'
  //   "it's \"x\"" `it's "x"`    "it's \"x\" `y`" 'it\'s "x" `y`'
  //   "\\" '\\'                  "\u001b" '\x1B'
  // node: util.inspect("it's") -> "it's"; util.inspect('a\nb') -> 'a\nb'
  /** A string and Node's {@code util.inspect} of it, two pairs a line as Node printed them. */
  static Stream<Arguments> nodesInspections() {
    return Stream.of(
        arguments("\u0001", "'\\x01'"), arguments("\u000b", "'\\x0B'"),
        arguments("\u007f", "'\\x7F'"), arguments("\u0085", "'\\x85'"),
        arguments("\ud800", "'\\ud800'"), arguments("a\ud83d\ude00", "'a\ud83d\ude00'"),
        arguments("it's \"x\"", "`it's \"x\"`"), arguments("it's \"x\" `y`", "'it\\'s \"x\" `y`'"),
        arguments("\\", "'\\\\'"), arguments("\u001b", "'\\x1B'"),
        arguments("it's", "\"it's\""), arguments("a\nb", "'a\\nb'"));
  }

  @ParameterizedTest
  @MethodSource("nodesInspections")
  void inspectQuotesAndEscapesAsNode(String s, String nodes) {
    assertThat(Strings.inspect(s)).isEqualTo(nodes);
  }
}
