package dev.nodebuffer;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.LineRecording;
import org.junit.jupiter.api.Test;

/**
 * {@link Uint8Array#inspect()} and {@link Buffer#inspect()} against what Node 22 printed for the
 * same bytes ({@code util.inspect(uint8Array)}, {@code buf.inspect()}), recorded by {@code
 * src/test/node/record-inspect.js} into {@code inspect-node22.txt}: every length to 40, lengths to
 * 130 and around the 100-item limit, five value patterns each, so Node's column layout is covered.
 */
class InspectNodeRecordingTest {

  @Test
  void everyRecordedInspectMatchesNode() {
    int checked = 0;
    for (String line : LineRecording.load(getClass(), "inspect-node22.txt").cases) {
      String[] fields = line.split("\t", 3);
      Buffer bytes = Buffer.from(fields[1], "hex");
      String expected = unquote(fields[2]);
      String actual;
      if (fields[0].equals("u8")) {
        Uint8Array u = new Uint8Array(bytes.length());
        u.set(bytes);
        actual = u.inspect();
      } else {
        actual = bytes.inspect();
      }
      assertWithMessage("%s of %s bytes %s", fields[0], bytes.length(), fields[1])
          .that(actual)
          .isEqualTo(expected);
      checked++;
    }
    assertWithMessage("cases checked").that(checked).isGreaterThan(600);
  }

  /** A JSON string literal's value (the recording only escapes newlines, quotes and backslashes). */
  private static String unquote(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 1; i < json.length() - 1; i++) {
      char c = json.charAt(i);
      if (c == '\\') {
        char next = json.charAt(++i);
        switch (next) {
          case 'n':
            out.append('\n');
            break;
          case '"':
          case '\\':
            out.append(next);
            break;
          default:
            throw new IllegalArgumentException("unexpected escape \\" + next + " in " + json);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
