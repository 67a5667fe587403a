package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class StringsTest {

  // node v22.23.3: for (const s of [...]) console.log(JSON.stringify(s), util.inspect(s))
  //   "\u0001" '\x01'            "\u000b" '\x0B'          "\u007f" '\x7F'
  //   "\u0085" '\x85'            "\ud800" '\ud800'        "a😀" 'a😀'
  //   "it's \"x\"" `it's "x"`    "it's \"x\" `y`" 'it\'s "x" `y`'
  //   "\\" '\\'                  "\u001b" '\x1B'
  @Test
  void inspectQuotesAndEscapesAsNode() {
    assertThat(Strings.inspect("\u0001")).isEqualTo("'\\x01'");
    assertThat(Strings.inspect("\u000b")).isEqualTo("'\\x0B'");
    assertThat(Strings.inspect("\u007f")).isEqualTo("'\\x7F'");
    assertThat(Strings.inspect("\u0085")).isEqualTo("'\\x85'");
    assertThat(Strings.inspect("\ud800")).isEqualTo("'\\ud800'");
    assertThat(Strings.inspect("a\ud83d\ude00")).isEqualTo("'a\ud83d\ude00'");
    assertThat(Strings.inspect("it's \"x\"")).isEqualTo("`it's \"x\"`");
    assertThat(Strings.inspect("it's \"x\" `y`")).isEqualTo("'it\\'s \"x\" `y`'");
    assertThat(Strings.inspect("\\")).isEqualTo("'\\\\'");
    assertThat(Strings.inspect("\u001b")).isEqualTo("'\\x1B'");
    // node: util.inspect("it's") -> "it's"; util.inspect('a\nb') -> 'a\nb'
    assertThat(Strings.inspect("it's")).isEqualTo("\"it's\"");
    assertThat(Strings.inspect("a\nb")).isEqualTo("'a\\nb'");
  }
}
