package dev.nodebuffer.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The conformance corpus: the case files under {@code dev/nodebuffer/tck/cases/}, listed in
 * {@code cases/INDEX}, and their recorded outcomes in {@code expected.txt}.
 *
 * <p>A case file covers one documentation section:
 *
 * <pre>
 * // section: Buffer.allocUnsafe(size)
 *
 * // case: pooled-slab
 * // (any comment: what the case shows)
 * const buf = Buffer.allocUnsafe(4);
 * console.log(buf.buffer.byteLength);
 * </pre>
 *
 * <p>A case runs from its {@code // case: <name>} line to the next one. A {@code // java-skip:
 * <reason>} line inside it marks a call Java cannot express; the case then runs on Node only.
 */
public final class Corpus {
  static final String ROOT = "/dev/nodebuffer/tck/";

  private static final Pattern SECTION = Pattern.compile("^// section: (.+)$");
  private static final Pattern CASE = Pattern.compile("^// case: ([a-z0-9][a-z0-9-]*)$");
  private static final Pattern JAVA_SKIP = Pattern.compile("^// java-skip: (.+)$");

  private Corpus() {}

  /** Every case of the corpus, in INDEX order. */
  public static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String line : resource("cases/INDEX").lines().toList()) {
      String file = line.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        cases.addAll(parse(file.replaceFirst("\\.js$", ""), resource("cases/" + file)));
      }
    }
    Set<String> ids = new HashSet<>();
    for (Case c : cases) {
      if (!ids.add(c.id())) {
        throw new IllegalStateException("two cases are named " + c.id());
      }
    }
    return cases;
  }

  /** The stored outcomes, recorded from Node 22 by {@code tck record}. */
  public static String expectedText() {
    return resource("expected.txt");
  }

  /** Parses one case file; {@code file} is its name without {@code .js}. */
  static List<Case> parse(String file, String text) {
    String section = null;
    List<Case> cases = new ArrayList<>();
    String name = null;
    String skip = null;
    StringBuilder source = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher sectionLine = SECTION.matcher(line);
      Matcher caseLine = CASE.matcher(line);
      Matcher skipLine = JAVA_SKIP.matcher(line);
      if (name == null && sectionLine.matches()) {
        section = sectionLine.group(1);
      } else if (caseLine.matches()) {
        if (name != null) {
          cases.add(newCase(file, section, name, source, skip));
        }
        name = caseLine.group(1);
        skip = null;
        source.setLength(0);
      } else if (name != null) {
        if (skipLine.matches()) {
          skip = skipLine.group(1);
        }
        source.append(line).append('\n');
      }
    }
    if (name != null) {
      cases.add(newCase(file, section, name, source, skip));
    }
    return cases;
  }

  private static Case newCase(
      String file, @Nullable String section, String name, StringBuilder source, @Nullable String skip) {
    if (section == null) {
      throw new IllegalStateException(file + ".js has no '// section: ...' line before its cases");
    }
    return new Case(file + "/" + name, section, source.toString().strip() + "\n", skip);
  }

  static String resource(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
