package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;

/**
 * What every fixed-width codec test ({@link AsciiTest}, {@link Latin1Test}, {@link Utf16leTest})
 * checks of its codec: the examples of its {@link ExampleSource.From} resource, one a case, each
 * named by the rule it shows. Every row is what Node 22 printed (the commands are in the file);
 * {@link FixedWidthTables} also checks it against the {@code table-*} families that
 * record-fixed-width.js recorded, so a row cannot silently disagree with Node.
 */
abstract class FixedWidthCodecTest {

  private final Codecs codec;

  FixedWidthCodecTest(Codecs codec) {
    this.codec = codec;
  }

  /**
   * Node's {@code Buffer.from(s, name)} and {@code byteLength} gave the row's bytes; so does
   * codec.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("encode")
  void textBecomesTheBytesNodeGives(Example e) {
    FixedWidthTables.assertEncodes(codec, e.string(0), e.string(1), e.answer(0)); // name s -> hex
  }

  /**
   * Node's {@code Buffer.from(a).toString(name, start, end)} gave the row's text; so does codec.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("decode")
  void bytesBecomeTheTextNodeGives(Example e) {
    byte[] b = e.bytes(1); // name bytes start end -> text
    int start = e.integer(2);
    int end = e.integer(3);
    FixedWidthTables.assertNodeDecoded(e.string(0), b, start, end, e.answer(0));
    // Compared as code units: lone surrogates are unreadable in a failure message.
    assertThat(Utf8Cases.unitsHex(codec.impl.decode(b, start, end - start)))
        .isEqualTo(Utf8Cases.unitsHex(e.answer(0)));
  }

  /**
   * Node's {@code Buffer.alloc(size, 0xa5).write(s, 0, size, name)} returned the row's count and
   * left its buffer; so does codec.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("write")
  void partialWritesAreNodes(Example e) {
    FixedWidthTables.assertWrites( // name s size -> count | buffer
        codec, e.string(0), e.string(1), e.integer(2), e.answerInt(0), e.answer(1));
  }
}
