package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nodebuffer.testkit.LineRecording;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The whole of Node 22's {@code Buffer} surface, and that of the typed arrays, {@code DataView} and
 * {@code ArrayBuffer}, is in the Java API, or is explained: every name
 * recorded from Node itself ({@code src/test/node/record-surface.js}, into {@code
 * dev/nodebuffer/surface/node22-surface.txt}; {@link NodeOracleTest} proves the
 * recording is still Node 22's) has a Java counterpart by the project's naming rule, or is listed
 * in README.md's "Differences from Node.js" table. The test fails listing every name that is
 * neither.
 *
 * <p>Each recorded name is qualified as Node's documentation writes it: {@code Buffer.alloc} (a
 * property of the {@code Buffer} function), {@code buf.readUInt8} (a property every instance
 * inherits), {@code buffer.transcode} (an export of {@code require('buffer')}); a symbol is
 * written in brackets, as recorded: {@code buf[Symbol.iterator]}, {@code
 * buf[nodejs.util.inspect.custom]}. The other constructors' names are written as MDN writes them:
 * {@code Int16Array.from} (a static), {@code Int16Array.prototype.map} (an instance member), {@code
 * DataView.prototype.getInt8}, {@code ArrayBuffer.isView}, {@code
 * ArrayBuffer.prototype[Symbol.toStringTag]}.
 *
 * <p><b>The README convention.</b> A name is listed when its qualified form is the whole text of a
 * backticked span ({@code `buf.map`}) in the <em>first column</em> of a row of the table under the
 * heading {@code ## Differences from Node.js}. One row may list several names. Spans that only
 * mention a name ({@code `Buffer.from(null)`}) list nothing. Every span in that column that has
 * the form of a qualified name ({@code Buffer.}, {@code buf.} or {@code buffer.} and an
 * identifier, or one of them and a bracketed symbol {@code [Symbol.x]}, {@code [nodejs.x]},
 * {@code [kX]}; not an index such as {@code buf[i]}; or one of the other constructors' forms above)
 * must be a recorded name, so that a misspelt entry fails here. As on MDN, {@code TypedArray}
 * stands for each of the 11 kinds: {@code `TypedArray.prototype[Symbol.toStringTag]`} lists {@code
 * Int8Array.prototype[Symbol.toStringTag]} ... {@code BigUint64Array.prototype[Symbol.toStringTag]}
 * at once.
 *
 * <p><b>The naming rule</b> (DESIGN.md, "The API contract"), by where the name lives and its
 * recorded kind:
 *
 * <ul>
 *   <li>{@code Buffer.x}, a function: a public static method {@code x} of {@link Buffer}
 *       (inherited ones count).
 *   <li>{@code Buffer.x}, a property (getter, value, constant): a public static no-argument
 *       method {@code x()} or a public static field {@code x} of {@link Buffer}. A writable one
 *       ({@code value}, {@code getter/setter}) also needs a public static one-argument setter
 *       named {@code set} + {@code x}, compared ignoring case and underscores ({@code
 *       setPoolSize}).
 *   <li>{@code buf.x}, a function: a public instance method {@code x} declared in {@link Buffer}
 *       or {@link Uint8Array}, but not the Java-only {@code equals(Object)} (which is not Node's
 *       {@code buf.equals(otherBuffer)}).
 *   <li>{@code buf.x}, a property: a public no-argument instance method {@code x()} declared in
 *       {@code Buffer} or {@code Uint8Array}, or a public field {@code x} ({@code
 *       BYTES_PER_ELEMENT} may be a constant).
 *   <li>{@code buf[Symbol.iterator]}: a public no-argument instance method {@code iterator()} or
 *       {@code values()} (in JavaScript {@code buf[Symbol.iterator] === buf.values}); {@code
 *       buf[nodejs.util.inspect.custom]}: {@code inspect()} (the same function as {@code
 *       buf.inspect} in Node). Other symbols have no Java counterpart and must be listed.
 *   <li>{@code buffer.Buffer}: the class {@link Buffer} itself. Any other {@code buffer.x}: as for
 *       {@code Buffer.x}, on {@link Buffers}, except that the exports object's writable data
 *       properties ({@code kMaxLength}) need no setter: assigning one only rebinds the export.
 *   <li>{@code K.x}, for {@code K} one of the 11 typed-array kinds, {@code DataView} or {@code
 *       ArrayBuffer}: as for {@code Buffer.x}, on the Java class of the same name ({@link
 *       Int16Array}, {@link DataView}, {@link ArrayBuffer}).
 *   <li>{@code K.prototype.x}: as for {@code buf.x}, on the Java class {@code K}, by any public
 *       instance method but {@link Object}'s ({@code [Symbol.iterator]} too).
 * </ul>
 */
class SurfaceNodeRecordingTest {

  private static final String RECORDING = "/dev/nodebuffer/surface/node22-surface.txt";
  private static final String DIFFERENCES = "## Differences from Node.js";
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(Buffer|buf|buffer|(TypedArray|Int8Array|Uint8Array|Uint8ClampedArray|Int16Array"
              + "|Uint16Array|Int32Array|Uint32Array|Float32Array|Float64Array|BigInt64Array"
              + "|BigUint64Array|DataView|ArrayBuffer)(\\.prototype)?)"
              + "(\\.[A-Za-z_$][A-Za-z0-9_$]*|\\[(Symbol\\.|nodejs\\.|k[A-Z])[^\\]]*\\])");

  /** The 11 typed-array kinds, for which README's {@code TypedArray} stands (MDN's convention). */
  private static final Pattern KIND =
      Pattern.compile(
          "(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)"
              + "Array(?=[.\\[])");

  /** Java idioms for symbol-keyed members of instances: any of these no-argument methods. */
  private static final Map<String, List<String>> SYMBOLS =
      Map.of(
          "[Symbol.iterator]", List.of("iterator", "values"),
          "[nodejs.util.inspect.custom]", List.of("inspect"));

  /** One recorded name. */
  record NodeName(String where, String name, String kind, String from) {
    String qualified() {
      return where + (name.startsWith("[") ? "" : ".") + name;
    }

    /** The same name with {@code TypedArray} for its kind, or {@code null} if it is no kind's. */
    @Nullable String generic() {
      Matcher m = KIND.matcher(qualified());
      return m.lookingAt() ? "TypedArray" + qualified().substring(m.end()) : null;
    }

    boolean writable() {
      return kind.equals("getter/setter") || (kind.equals("value") && !where.equals("buffer"));
    }

    @Override
    public String toString() {
      return "`" + qualified() + "` (" + kind + ", from " + from + ")";
    }
  }

  @Test
  void everyNodeNameIsInTheJavaApiOrListedInReadme() throws IOException {
    Set<String> listed = listedInReadme();
    List<String> gaps = new ArrayList<>();
    for (NodeName name : recorded()) {
      if (!isListed(name, listed)) {
        String missing = missingJavaCounterpart(name);
        if (missing != null) {
          gaps.add(name + ": " + missing);
        }
      }
    }
    if (!gaps.isEmpty()) {
      fail(
          gaps.size()
              + " of Node 22's recorded names have no Java counterpart and are not listed in"
              + " README.md's \"Differences from Node.js\" table (see this test's Javadoc for the"
              + " naming rule and the README convention):\n  "
              + String.join("\n  ", gaps)
              + "\n");
    }
  }

  @Test
  void everyNameListedInReadmeIsANodeName() throws IOException {
    Set<String> known = new LinkedHashSet<>();
    for (NodeName name : recorded()) {
      known.add(name.qualified());
      String generic = name.generic();
      if (generic != null) {
        known.add(generic);
      }
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (String span : listedInReadme()) {
      if (QUALIFIED.matcher(span).matches() && !known.contains(span)) {
        unknown.add(span);
      }
    }
    assertWithMessage(
            "names listed in README's Differences table that Node 22 does not have (misspelt?)")
        .that(unknown)
        .isEmpty();
  }

  /**
   * The table stays true as the API grows: a name it lists as a difference must not have gained a
   * Java counterpart meanwhile ({@code buf.find} was listed as absent after it was added).
   */
  @Test
  void noListedNameHasAJavaCounterpart() throws IOException {
    Set<String> listed = listedInReadme();
    List<String> stale = new ArrayList<>();
    for (NodeName name : recorded()) {
      if (listed.contains(name.qualified()) && missingJavaCounterpart(name) == null) {
        stale.add(name.toString());
      }
    }
    assertWithMessage("listed in README's Differences table, but present in the Java API").that(stale).isEmpty();
  }

  /** The parts this test relies on are really there, so that it cannot pass by reading nothing. */
  @Test
  void theRecordingAndTheReadmeTableAreRead() throws IOException {
    List<NodeName> names = recorded();
    assertThat(names.size()).isGreaterThan(100);
    assertThat(names)
        .containsAtLeast(
            new NodeName("Buffer", "alloc", "function", "Buffer"),
            new NodeName("Buffer", "poolSize", "value", "Buffer"),
            new NodeName("buf", "readUInt8", "function", "Buffer.prototype"),
            new NodeName("buf", "length", "getter", "%TypedArray%.prototype"),
            new NodeName("buf", "[Symbol.iterator]", "function", "%TypedArray%.prototype"),
            new NodeName("buffer", "INSPECT_MAX_BYTES", "getter/setter", "exports"));
    Set<String> listed = listedInReadme();
    // A span from the table's first column, and one from another column that must not count.
    assertThat(listed).contains("buf[i]");
    assertThat(listed).doesNotContain("get(i)");
    assertThat(QUALIFIED.matcher("buf[i]").matches()).isFalse();
    assertThat(QUALIFIED.matcher("buf[Symbol.iterator]").matches()).isTrue();
    assertThat(QUALIFIED.matcher("Buffer.from(null)").matches()).isFalse();
    // The rule itself: present names are found, absent ones are not.
    assertThat(missingJavaCounterpart(new NodeName("Buffer", "alloc", "function", "Buffer"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("Buffer", "poolSize", "value", "Buffer"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("buf", "toString", "function", "Buffer.prototype"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("buf", "byteOffset", "getter", "%TypedArray%.prototype"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("buffer", "isUtf8", "function", "exports"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("buffer", "Buffer", "function", "exports"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("buf", "noSuchMethod", "function", "Buffer.prototype"))).isNotNull();
    assertThat(missingJavaCounterpart(new NodeName("Buffer", "byteOffset", "getter", "Buffer"))).isNotNull();
    assertThat(missingJavaCounterpart(new NodeName("buffer", "alloc", "function", "exports"))).isNotNull();
    // Buffer.poolSize needs its setter; a getter-only name does not.
    assertThat(missingJavaCounterpart(new NodeName("Buffer", "length", "value", "Buffer"))).isNotNull();
    // The other constructors: recorded, found on their own classes, and listed through TypedArray.
    assertThat(names)
        .containsAtLeast(
            new NodeName("Int16Array", "from", "function", "%TypedArray%"),
            new NodeName("Int16Array.prototype", "map", "function", "%TypedArray%.prototype"),
            new NodeName("BigUint64Array", "BYTES_PER_ELEMENT", "constant", "BigUint64Array"),
            new NodeName("DataView.prototype", "getInt8", "function", "DataView.prototype"),
            new NodeName("ArrayBuffer", "isView", "function", "ArrayBuffer"),
            new NodeName("ArrayBuffer.prototype", "slice", "function", "ArrayBuffer.prototype"));
    assertThat(missingJavaCounterpart(new NodeName("Int16Array", "from", "function", "%TypedArray%"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("Float32Array", "BYTES_PER_ELEMENT", "constant", "Float32Array"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("BigInt64Array.prototype", "findLast", "function", "%TypedArray%.prototype"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("Int8Array.prototype", "[Symbol.iterator]", "function", "%TypedArray%.prototype"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("DataView.prototype", "setFloat64", "function", "DataView.prototype"))).isNull();
    assertThat(missingJavaCounterpart(new NodeName("ArrayBuffer.prototype", "byteLength", "getter", "ArrayBuffer.prototype"))).isNull();
    // A method only Object declares stands for no Node member.
    assertThat(missingJavaCounterpart(new NodeName("ArrayBuffer.prototype", "hashCode", "function", "ArrayBuffer.prototype"))).isNotNull();
    assertThat(missingJavaCounterpart(new NodeName("Int16Array", "isView", "function", "Int16Array"))).isNotNull();
    NodeName tag = new NodeName("Uint8ClampedArray.prototype", "[Symbol.toStringTag]", "getter", "%TypedArray%.prototype");
    assertThat(tag.generic()).isEqualTo("TypedArray.prototype[Symbol.toStringTag]");
    assertThat(new NodeName("Uint8Array", "of", "function", "%TypedArray%").generic()).isEqualTo("TypedArray.of");
    assertThat(new NodeName("buf", "map", "function", "%TypedArray%.prototype").generic()).isNull();
    assertThat(new NodeName("DataView.prototype", "getInt8", "function", "DataView.prototype").generic()).isNull();
    assertThat(isListed(tag, Set.of("TypedArray.prototype[Symbol.toStringTag]"))).isTrue();
    assertThat(isListed(tag, Set.of("Int8Array.prototype[Symbol.toStringTag]"))).isFalse();
    assertThat(QUALIFIED.matcher("TypedArray.prototype[Symbol.toStringTag]").matches()).isTrue();
    assertThat(QUALIFIED.matcher("ArrayBuffer.prototype.transfer").matches()).isTrue();
  }

  /** Whether README lists {@code name}: by itself, or for every kind through {@code TypedArray}. */
  private static boolean isListed(NodeName name, Set<String> listed) {
    String generic = name.generic();
    return listed.contains(name.qualified()) || (generic != null && listed.contains(generic));
  }

  /** Why {@code name} has no Java counterpart, or {@code null} if it has one. */
  private static @Nullable String missingJavaCounterpart(NodeName name) {
    return switch (name.where()) {
      case "Buffer" -> missingStatic(Buffer.class, name);
      case "buffer" -> name.name().equals("Buffer") ? null : missingStatic(Buffers.class, name);
      case "buf" -> missingInstance(Buffer.class, name);
      default -> {
        boolean instance = name.where().endsWith(".prototype");
        Class<?> type = javaClass(instance ? name.where().substring(0, name.where().length() - ".prototype".length()) : name.where());
        yield instance ? missingInstance(type, name) : missingStatic(type, name);
      }
    };
  }

  private static Class<?> javaClass(String constructor) {
    try {
      return Class.forName(Buffer.class.getPackageName() + "." + constructor);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no Java class for Node's " + constructor, e);
    }
  }

  private static @Nullable String missingStatic(Class<?> type, NodeName name) {
    String n = name.name();
    String owner = type.getSimpleName();
    if (n.startsWith("[")) {
      return "a symbol with no Java counterpart";
    }
    if (name.kind().equals("function")) {
      return has(type, m -> isStatic(m) && m.getName().equals(n))
          ? null
          : "no public static method " + owner + "." + n + "(...)";
    }
    boolean getter =
        has(type, m -> isStatic(m) && m.getName().equals(n) && m.getParameterCount() == 0)
            || hasField(type, f -> Modifier.isStatic(f.getModifiers()) && f.getName().equals(n));
    if (!getter) {
      return "no public static " + owner + "." + n + "() nor field " + owner + "." + n;
    }
    if (name.writable()
        && !has(
            type,
            m -> isStatic(m) && m.getParameterCount() == 1 && loose(m.getName()).equals(loose("set" + n)))) {
      return "no public static setter " + owner + ".set" + n + "(...) (case and _ ignored)";
    }
    return null;
  }

  private static @Nullable String missingInstance(Class<?> type, NodeName name) {
    String n = name.name();
    String owner = type.getSimpleName();
    if (n.startsWith("[")) {
      List<String> idioms = SYMBOLS.get(n);
      if (idioms == null) {
        return "a symbol with no Java counterpart";
      }
      return has(type, m -> nodeInstanceMethod(m) && m.getParameterCount() == 0 && idioms.contains(m.getName()))
          ? null
          : "none of " + idioms.stream().map(i -> i + "()").collect(Collectors.joining(", ")) + " on " + owner;
    }
    if (name.kind().equals("function")) {
      return has(type, m -> nodeInstanceMethod(m) && m.getName().equals(n))
          ? null
          : "no public instance method " + n + "(...) in " + owner + " or its superclasses";
    }
    boolean getter =
        has(type, m -> nodeInstanceMethod(m) && m.getName().equals(n) && m.getParameterCount() == 0)
            || hasField(type, f -> f.getName().equals(n));
    return getter ? null : "no public instance method " + n + "() nor field " + n + " in " + owner + " or its superclasses";
  }

  /**
   * A public instance method (of Buffer: its own, its facets', or one inherited from Uint8Array and
   * the typed-array classes above it) that may stand for a Node method: not one {@link Object}
   * declares, nor the Java-only {@code equals(Object)} wherever it is overridden. Buffer's facets
   * are package-private, so javac declares their public methods in Buffer as bridges: a bridge
   * counts as much as the method it calls.
   */
  private static boolean nodeInstanceMethod(Method m) {
    boolean javaEquals =
        m.getName().equals("equals") && Arrays.equals(m.getParameterTypes(), new Class<?>[] {Object.class});
    return !isStatic(m) && !javaEquals && m.getDeclaringClass() != Object.class;
  }

  private static boolean has(Class<?> type, Predicate<Method> test) {
    return Arrays.stream(type.getMethods()).anyMatch(test);
  }

  private static boolean hasField(Class<?> type, Predicate<Field> test) {
    return Arrays.stream(type.getFields()).anyMatch(test);
  }

  private static boolean isStatic(Method m) {
    return Modifier.isStatic(m.getModifiers());
  }

  private static String loose(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The recorded names, in the recording's order. */
  static List<NodeName> recorded() {
    List<NodeName> names = new ArrayList<>();
    for (String line : LineRecording.load(SurfaceNodeRecordingTest.class, RECORDING).cases) {
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new AssertionError(RECORDING + ": not 4 fields: " + line);
      }
      names.add(new NodeName(f[0], f[1], f[2], f[3]));
    }
    return names;
  }

  /** Every backticked span in the first column of README's Differences table. */
  static Set<String> listedInReadme() throws IOException {
    // Surefire runs in the module's directory; README.md is the repository's.
    Path readme = Paths.get("..", "README.md");
    List<String> lines = Files.readAllLines(readme, UTF_8);
    int start = lines.indexOf(DIFFERENCES);
    if (start < 0) {
      throw new AssertionError(readme + " has no line \"" + DIFFERENCES + "\"");
    }
    Set<String> spans = new LinkedHashSet<>();
    int rows = 0;
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      String line = lines.get(i).trim();
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      rows++;
      if (rows == 1) {
        continue; // the header row
      }
      int end = line.indexOf('|', 1);
      Matcher m = BACKTICKED.matcher(end < 0 ? line : line.substring(1, end));
      while (m.find()) {
        spans.add(m.group(1));
      }
    }
    if (rows < 2) {
      throw new AssertionError(readme + ": no table rows under \"" + DIFFERENCES + "\"");
    }
    return spans;
  }
}
