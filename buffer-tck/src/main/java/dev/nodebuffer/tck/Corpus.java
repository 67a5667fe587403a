package dev.nodebuffer.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * <p>A case runs from its {@code // case: <name>} line to the next one. A {@code // needs:
 * <feature>[, <feature>]} line inside it names the {@link Feature}s it uses that a Java
 * implementation may lack; an implementation that lacks one skips the case.
 */
public final class Corpus {
  static final String ROOT = "/dev/nodebuffer/tck/";

  private static final Pattern SECTION = Pattern.compile("^// section: (.+)$");
  private static final Pattern CASE = Pattern.compile("^// case: ([a-z0-9][a-z0-9-]*)$");
  private static final Pattern NEEDS = Pattern.compile("^// needs: (.+)$");

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

  /** The stored outcomes, recorded from Node 22 by {@code tck record}, in {@link Records}' format. */
  public static String expectedText() {
    return resource("expected.txt");
  }

  /** The stored outcomes by case id: what Node 22 printed for each case. */
  public static Map<String, Outcome> expected() {
    return Records.parse(expectedText());
  }

  /** Parses one case file; {@code file} is its name without {@code .js}. */
  static List<Case> parse(String file, String text) {
    String section = null;
    List<Case> cases = new ArrayList<>();
    String name = null;
    Set<Feature> needs = EnumSet.noneOf(Feature.class);
    StringBuilder source = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher sectionLine = SECTION.matcher(line);
      Matcher caseLine = CASE.matcher(line);
      Matcher needsLine = NEEDS.matcher(line);
      if (name == null && sectionLine.matches()) {
        section = sectionLine.group(1);
      } else if (caseLine.matches()) {
        if (name != null) {
          cases.add(newCase(file, section, name, source, needs));
        }
        name = caseLine.group(1);
        needs = EnumSet.noneOf(Feature.class);
        source.setLength(0);
      } else if (name != null) {
        if (needsLine.matches()) {
          String where = file + ".js, case " + name;
          for (String tag : needsLine.group(1).split(",")) {
            String t = tag.strip();
            needs.add(Feature.ofTag(t).orElseThrow(
                () -> new IllegalStateException(where + ": no feature is called '" + t + "'")));
          }
        }
        source.append(line).append('\n');
      }
    }
    if (name != null) {
      cases.add(newCase(file, section, name, source, needs));
    }
    return cases;
  }

  private static Case newCase(
      String file, @Nullable String section, String name, StringBuilder source, Set<Feature> needs) {
    if (section == null) {
      throw new IllegalStateException(file + ".js has no '// section: ...' line before its cases");
    }
    return new Case(file + "/" + name, section, source.toString().strip() + "\n", needs);
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
