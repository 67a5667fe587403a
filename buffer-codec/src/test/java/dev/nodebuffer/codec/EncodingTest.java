package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Encoding#lookup} against Node 22's {@code Buffer.isEncoding}, as recorded by {@code
 * src/test/node/record-encoding-names.js}.
 */
class EncodingTest {

  private static final String RESOURCE = "encoding-names-node22.txt";

  /** What Node's utf8 makes of "é€"; the recording tells which encoding a name means by this. */
  private static final String UTF8_BYTES = "c3a9e282ac";

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
  @Test
  void utf8SpellingsResolveInAnyCase() {
    assertThat(Encoding.lookup("utf8")).isEqualTo(Encoding.UTF8);
    assertThat(Encoding.lookup("utf-8")).isEqualTo(Encoding.UTF8);
    assertThat(Encoding.lookup("UTF-8")).isEqualTo(Encoding.UTF8);
    assertThat(Encoding.lookup("Utf-8")).isEqualTo(Encoding.UTF8);
  }

  @Test
  void nearMissesDoNotResolve() {
    assertThat(Encoding.lookup("utf16")).isNull();
    assertThat(Encoding.lookup("latin-1")).isNull();
    assertThat(Encoding.lookup("")).isNull();
  }

  @Test
  void everyRecordedNameResolvesAsInNode() {
    List<String[]> rows = rows();
    assertThat(rows.size()).isAtLeast(50);
    List<String> wrong = new ArrayList<>();
    for (String[] row : rows) {
      String name = Utf8Cases.fromUnitsHex(row[0]);
      boolean known = Boolean.parseBoolean(row[1]);
      Encoding java = Encoding.lookup(name);
      if (!known) {
        if (java != null) {
          wrong.add(row[3] + ": Node does not know it, Java resolves it to " + java);
        }
      } else if (row[2].equals(UTF8_BYTES)) {
        if (java != Encoding.UTF8) {
          wrong.add(row[3] + ": Node means utf8, Java resolves it to " + java);
        }
      } else if (java == Encoding.UTF8) {
        // Node knows the name as another encoding, whose codec may not have landed yet (null).
        wrong.add(row[3] + ": Node means another encoding (bytes " + row[2] + "), Java utf8");
      }
    }
    assertWithMessage("names Encoding.lookup resolves differently from Node 22")
        .that(wrong)
        .isEmpty();
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

  private static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
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
        rows.add(f);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }
}
