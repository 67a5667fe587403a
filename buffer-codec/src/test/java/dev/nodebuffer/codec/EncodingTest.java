package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Encoding#lookup} against Node 22's {@code Buffer.isEncoding}, as recorded by {@code
 * src/test/node/record-encoding-names.js}: which names Node knows, which encoding each one means,
 * and what that encoding does with two probes. Also the delegation of each constant to its codec.
 */
class EncodingTest {

  private static final String RESOURCE = "encoding-names-node22.txt";

  /** The probes of record-encoding-names.js. */
  private static final String PROBE_STRING = "\u00e9\u20ac";

  private static final byte[] PROBE_BYTES = {(byte) 0xfb, (byte) 0xff, (byte) 0xe9, 0x41};

  /** One line of the recording. */
  private record Row(
      String name, boolean known, String meaning, String encoded, String decoded, String json) {}

  private static final Map<String, Row> ROWS = rows();

  // $ node22 -p "['utf8','utf-8','UTF-8','Utf-8','utf16','latin-1',''].map(n => n + ': '
  //              + Buffer.isEncoding(n) + (Buffer.isEncoding(n) ? ' '
  //              + Buffer.from('\u00e9', n).toString('hex') : '')).join('\n')"
  // utf8: true c3a9
  // utf-8: true c3a9
  // UTF-8: true c3a9
  // Utf-8: true c3a9
  // utf16: false
  // latin-1: false
  // : false
  // $ node22 -p "['ucs2','UCS-2','utf-16le','UTF16LE','binary','LATIN1','Ascii']
  //              .map(n => JSON.stringify(n) + ': ' + Buffer.isEncoding(n)).join('\n')"
  // "ucs2": true
  // "UCS-2": true
  // "utf-16le": true
  // "UTF16LE": true
  // "binary": true
  // "LATIN1": true
  // "Ascii": true
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "utf8, UTF8", "utf-8, UTF8", "UTF-8, UTF8", "Utf-8, UTF8",
    "utf16le, UTF16LE", "utf-16le, UTF16LE", "ucs2, UTF16LE", "UCS-2, UTF16LE", "UTF16LE, UTF16LE",
    "latin1, LATIN1", "binary, LATIN1", "LATIN1, LATIN1",
    "ascii, ASCII", "Ascii, ASCII"
  })
  void spellingsResolveInAnyCase(String name, Encoding expected) {
    assertResolves(name, expected);
  }

  // $ node22 -p "['utf16','utf-16','latin-1','us-ascii','buffer','raw','raws','ucs2le','']
  //              .map(n => JSON.stringify(n) + ': ' + Buffer.isEncoding(n)).join('\n')"
  // "utf16": false
  // "utf-16": false
  // "latin-1": false
  // "us-ascii": false
  // "buffer": false
  // "raw": false
  // "raws": false
  // "ucs2le": false
  // "": false
  @Test
  void nearMissesDoNotResolve() {
    for (String name :
        List.of("utf16", "utf-16", "latin-1", "us-ascii", "buffer", "raw", "raws", "ucs2le", "")) {
      assertDoesNotResolve(name);
    }
  }

  // $ node22 -p "['lat\u0131n1','a\u017fcii','LAT\u0130N1'].map(n => JSON.stringify(n) + ': '
  //              + Buffer.isEncoding(n)).join('\n')"
  // "latın1": false
  // "aſcii": false
  // "LATİN1": false
  // $ node22 -p "'lat\u0131n1'.toLowerCase() + ' ' + escape('LAT\u0130N1'.toLowerCase())"
  // latın1 lati%u0307n1
  @Test
  void caseIsMappedAsJavaScriptLowerCasesNotFoldedAsEqualsIgnoreCase() {
    assertDoesNotResolve("lat\u0131n1"); // dotless i
    assertDoesNotResolve("a\u017fcii"); // long s
    assertDoesNotResolve("LAT\u0130N1"); // dotted capital I lower-cases to i + U+0307
    // Why lookup does not use equalsIgnoreCase: it compares upper cases, and both of these
    // upper-case to ASCII letters.
    assertThat("lat\u0131n1".equalsIgnoreCase("latin1")).isTrue();
    assertThat("a\u017fcii".equalsIgnoreCase("ascii")).isTrue();
  }

  @Test
  void theRecordingCoversEverySpellingAndTheBriefsRejections() {
    assertThat(ROWS.size()).isAtLeast(140);
    for (String name :
        List.of(
            "utf8", "utf-8", "ucs2", "ucs-2", "utf16le", "utf-16le", "latin1", "binary", "ascii",
            "base64", "base64url", "hex")) {
      Row row = row(name);
      assertWithMessage("Node knows %s", name).that(row.known()).isTrue();
      Row upper = row(name.toUpperCase(Locale.ROOT));
      assertWithMessage("Node knows the upper case of %s", name).that(upper.known()).isTrue();
    }
  }

  @Test
  void everyRecordedNameResolvesAsInNode() {
    Map<String, Encoding> implemented = new LinkedHashMap<>();
    for (Encoding e : Encoding.values()) {
      implemented.put(e.nodeName(), e);
    }
    List<String> wrong = new ArrayList<>();
    for (Row row : ROWS.values()) {
      Encoding java = Encoding.lookup(row.name());
      if (!row.known()) {
        if (java != null) {
          wrong.add(row.json() + ": Node does not know it, Java resolves it to " + java);
        }
        continue;
      }
      Encoding expected = implemented.get(row.meaning());
      if (java != expected) {
        wrong.add(row.json() + ": Node means " + row.meaning() + ", Java resolves it to " + java);
      }
    }
    assertWithMessage("names Encoding.lookup resolves differently from Node 22")
        .that(wrong)
        .isEmpty();
  }

  /** What each resolved encoding does with the probes is what Node did under the same name. */
  @Test
  void everyResolvedNameBehavesAsInNode() {
    List<String> wrong = new ArrayList<>();
    int compared = 0;
    for (Row row : ROWS.values()) {
      Encoding java = Encoding.lookup(row.name());
      if (java == null) {
        continue;
      }
      byte[] encoded = new byte[java.byteLength(PROBE_STRING)];
      int n = java.encode(PROBE_STRING, encoded, 0, encoded.length);
      String javaEncoded = Utf8Cases.hex(encoded, 0, n);
      String javaDecoded = Utf8Cases.unitsHex(java.decode(PROBE_BYTES, 0, PROBE_BYTES.length));
      if (!javaEncoded.equals(row.encoded()) || !javaDecoded.equals(row.decoded())) {
        wrong.add(
            String.format(
                "%s: Node %s / %s, Java %s / %s",
                row.json(), row.encoded(), row.decoded(), javaEncoded, javaDecoded));
      }
      compared++;
    }
    assertThat(wrong).isEmpty();
    assertThat(compared).isAtLeast(40);
  }

  /** Every encoding Node knows is resolved, and every constant is one Node knows. */
  @Test
  void theConstantsAreExactlyNodesEncodings() {
    Set<String> node = new TreeSet<>();
    for (Row row : ROWS.values()) {
      if (row.known()) {
        node.add(row.meaning());
      }
    }
    Set<String> java = new TreeSet<>();
    for (Encoding e : Encoding.values()) {
      java.add(e.nodeName());
      assertWithMessage("lookup of its own name").that(Encoding.lookup(e.nodeName())).isEqualTo(e);
    }
    assertThat(java).isEqualTo(node);
  }

  // $ node22 -p "const b = Buffer.from('a\u00e9\ud800');
  //              [Buffer.byteLength('a\u00e9\ud800'), b, escape(b.toString('utf8', 1, 6))]"
  // [ 6, <Buffer 61 c3 a9 ef bf bd>, '%E9%uFFFD' ]
  @Test
  void utf8DelegatesToTheCodec() {
    Encoding utf8 = Encoding.UTF8;
    assertThat(utf8.nodeName()).isEqualTo("utf8");
    assertThat(utf8.byteLength("a\u00e9\ud800")).isEqualTo(6);
    byte[] dst = new byte[6];
    assertThat(utf8.encode("a\u00e9\ud800", dst, 0, 6)).isEqualTo(6);
    assertThat(dst).isEqualTo(Utf8Cases.bytes("61c3a9efbfbd"));
    assertThat(utf8.decode(dst, 1, 5)).isEqualTo("\u00e9\ufffd");
  }

  // $ node22 -p "const s = 'a\u00e9\u20ac\ud800'; ['latin1', 'ascii', 'utf16le'].map(e => {
  //              const b = Buffer.from(s, e); return [e, Buffer.byteLength(s, e), b,
  //              escape(b.toString(e, 1))]; })"
  // [
  //   [ 'latin1', 4, <Buffer 61 e9 ac 00>, '%E9%AC%00' ],
  //   [ 'ascii', 4, <Buffer 61 e9 ac 00>, 'i%2C%00' ],
  //   [ 'utf16le', 8, <Buffer 61 00 e9 00 ac 20 00 d8>, '%uE900%uAC00%20' ]
  // ]
  @Test
  void fixedWidthConstantsDelegateToTheirCodecs() {
    assertDelegates(Encoding.LATIN1, "latin1", "61e9ac00", "\u00e9\u00ac\u0000");
    assertDelegates(Encoding.ASCII, "ascii", "61e9ac00", "i,\u0000");
    assertDelegates(Encoding.UTF16LE, "utf16le", "6100e900ac2000d8", "\ue900\uac00 ");
  }

  // $ node22 -p "['base64', 'base64url', 'hex'].map(e => { const s = e === 'hex' ? 'fbFFe9zz'
  //              : '+/-_6Q=='; const b = Buffer.from(s, e); return [e, Buffer.byteLength(s, e), b,
  //              b.toString(e, 1)]; })"
  // [
  //   [ 'base64', 4, <Buffer fb ff bf e9>, '/7/p' ],
  //   [ 'base64url', 4, <Buffer fb ff bf e9>, '_7_p' ],
  //   [ 'hex', 4, <Buffer fb ff e9>, 'ffe9' ]
  // ]
  @Test
  void base64AndHexConstantsDelegateToTheirCodecs() {
    assertDelegatesText(Encoding.BASE64, "base64", "+/-_6Q==", 4, "fbffbfe9", "/7/p");
    assertDelegatesText(Encoding.BASE64URL, "base64url", "+/-_6Q==", 4, "fbffbfe9", "_7_p");
    assertDelegatesText(Encoding.HEX, "hex", "fbFFe9zz", 4, "fbffe9", "ffe9");
  }

  private static void assertDelegatesText(
      Encoding e, String nodeName, String s, int byteLength, String bytes, String decodedFromOne) {
    byte[] expected = Utf8Cases.bytes(bytes);
    assertThat(e.nodeName()).isEqualTo(nodeName);
    assertThat(e.byteLength(s)).isEqualTo(byteLength);
    byte[] dst = new byte[byteLength];
    int n = e.encode(s, dst, 0, dst.length);
    assertThat(Utf8Cases.hex(dst, 0, n)).isEqualTo(bytes);
    assertThat(e.decode(expected, 1, expected.length - 1)).isEqualTo(decodedFromOne);
  }

  private static void assertDelegates(
      Encoding e, String nodeName, String bytes, String decodedFromOne) {
    String s = "a\u00e9\u20ac\ud800";
    byte[] expected = Utf8Cases.bytes(bytes);
    assertThat(e.nodeName()).isEqualTo(nodeName);
    assertThat(e.byteLength(s)).isEqualTo(expected.length);
    byte[] dst = new byte[expected.length];
    assertThat(e.encode(s, dst, 0, dst.length)).isEqualTo(expected.length);
    assertThat(dst).isEqualTo(expected);
    assertThat(e.decode(dst, 1, dst.length - 1)).isEqualTo(decodedFromOne);
  }

  // --- Helpers --------------------------------------------------------------------------------

  /** Node 22 knows {@code name} as {@code expected} (per the recording), and so does lookup. */
  private static void assertResolves(String name, Encoding expected) {
    Row row = row(name);
    assertWithMessage("Node 22's recorded isEncoding(%s)", row.json()).that(row.known()).isTrue();
    assertWithMessage("the encoding Node 22 means by %s", row.json())
        .that(row.meaning())
        .isEqualTo(expected.nodeName());
    assertWithMessage("Encoding.lookup(%s)", row.json())
        .that(Encoding.lookup(name))
        .isEqualTo(expected);
  }

  /** Node 22 does not know {@code name} (per the recording), and neither does lookup. */
  private static void assertDoesNotResolve(String name) {
    Row row = row(name);
    assertWithMessage("Node 22's recorded isEncoding(%s)", row.json()).that(row.known()).isFalse();
    assertWithMessage("Encoding.lookup(%s)", row.json()).that(Encoding.lookup(name)).isNull();
  }

  private static Row row(String name) {
    @Nullable Row row = ROWS.get(name);
    if (row == null) {
      throw new AssertionError(
          "Node's answer for " + Utf8Cases.unitsHex(name) + " was not recorded; add the name to"
              + " NAMES in src/test/node/record-encoding-names.js and re-record");
    }
    return row;
  }

  private static Map<String, Row> rows() {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (InputStream in = EncodingTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f[0].equals("node")) {
          assertWithMessage("recorded by").that(f[1]).startsWith("v22.");
          continue;
        }
        String name = Utf8Cases.fromUnitsHex(f[0]);
        rows.put(name, new Row(name, Boolean.parseBoolean(f[1]), f[2], f[3], f[4], f[5]));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }
}
