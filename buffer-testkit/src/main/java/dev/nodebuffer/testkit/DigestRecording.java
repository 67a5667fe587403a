package dev.nodebuffer.testkit;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A recording of Node's answers as per-chunk SHA-256 digests plus full-text samples, written by a
 * script built on {@code record} of {@code buffer-testkit/src/main/node/recording.js} (the format
 * is described at the top of that file). {@link RecordingChecker} replays one family of it.
 */
public final class DigestRecording {

  /** One recorded family: its header, chunk digests and full-text samples. */
  public static final class Family {
    public final String name;
    public final String kind;
    /** Whether its inputs are listed in the recording (else a generator makes them). */
    public final boolean listed;

    public final int cases;
    public final int chunk;
    public final String inputsSha256;
    final List<String> chunkSha256 = new ArrayList<>();

    /** Case index to {input line, output line}. */
    final Map<Integer, String[]> samples = new TreeMap<>();

    Family(String[] f) {
      // family NAME KIND listed|generated cases N chunk N sample N inputs SHA
      name = f[1];
      kind = f[2];
      listed = f[3].equals("listed");
      cases = Integer.parseInt(f[5]);
      chunk = Integer.parseInt(f[7]);
      inputsSha256 = f[11];
    }

    /** Node's output line for a listed input line, or null if it was not recorded. */
    public @Nullable String outputFor(String inputLine) {
      for (String[] s : samples.values()) {
        if (s[0].equals(inputLine)) {
          return s[1];
        }
      }
      return null;
    }

    /** The sampled input lines, in case order (for a listed family, all of them). */
    public List<String> sampleInputs() {
      List<String> inputs = new ArrayList<>();
      for (String[] s : samples.values()) {
        inputs.add(s[0]);
      }
      return inputs;
    }
  }

  public final String resource;

  /**
   * The file name of the script in {@code src/test/node} that wrote it, as the header's first line
   * names it ({@code recorded by src/test/node/SCRIPT}).
   */
  public final String script;

  public final String nodeVersion;
  public final int rngSeed;
  public final long[] rngValues;
  public final Map<String, Family> families;

  private DigestRecording(
      String resource,
      String script,
      String nodeVersion,
      int rngSeed,
      long[] rngValues,
      Map<String, Family> f) {
    this.resource = resource;
    this.script = script;
    this.nodeVersion = nodeVersion;
    this.rngSeed = rngSeed;
    this.rngValues = rngValues;
    this.families = Collections.unmodifiableMap(f);
  }

  private static final Map<String, DigestRecording> CACHE = new HashMap<>();

  private static final Pattern SCRIPT = Pattern.compile("recorded by src/test/node/(\\S+\\.js)");

  /** The recording in the named resource next to {@code anchor} (its package), read once. */
  public static synchronized DigestRecording load(Class<?> anchor, String resource) {
    String key = anchor.getPackageName() + "/" + resource;
    DigestRecording r = CACHE.get(key);
    if (r == null) {
      r = read(anchor, resource);
      CACHE.put(key, r);
    }
    return r;
  }

  /** The family of that name; fails if there is none. */
  public Family family(String name) {
    Family f = families.get(name);
    if (f == null) {
      throw new IllegalStateException(resource + " has no family " + name);
    }
    return f;
  }

  /**
   * Node's output line for the input line of a listed family, for the readable tests that check
   * their literals against the recording.
   *
   * @throws AssertionError if the case was not recorded, naming the family and script to add it to
   */
  public String recorded(String family, String input) {
    String output = family(family).outputFor(input);
    if (output == null) {
      throw new AssertionError(
          "Node's answer for "
              + input
              + " was not recorded; add the case to "
              + family
              + " in src/test/node/"
              + script
              + " and re-record");
    }
    return output;
  }

  /** The families' names in recorded order, as arguments of a parameterized test. */
  public Stream<String> familyNames() {
    return families.keySet().stream();
  }

  /** The names of the families whose inputs a generator makes (not listed in the recording). */
  public List<String> generatedFamilyNames() {
    return families.values().stream().filter(f -> !f.listed).map(f -> f.name).toList();
  }

  /**
   * Fails unless the recording was made by Node 22 and its {@code rng} line (outputs of the
   * scripts' mulberry32 from {@link Rng#CHECK_SEED}) is what the Java twin {@link Rng} draws, so
   * that generated inputs are the same on both sides.
   */
  public void assertRecordedByNode22WithTheJavaRng() {
    assertWithMessage("%s: node line", resource).that(nodeVersion).startsWith("v22.");
    assertWithMessage("%s: rng seed", resource).that(rngSeed).isEqualTo(Rng.CHECK_SEED);
    Rng rng = new Rng(rngSeed);
    long[] java = new long[rngValues.length];
    for (int i = 0; i < java.length; i++) {
      java[i] = Integer.toUnsignedLong(rng.next());
    }
    assertWithMessage("%s: rng outputs, Java's against the script's", resource)
        .that(java)
        .isEqualTo(rngValues);
  }

  private static DigestRecording read(Class<?> anchor, String resource) {
    String script = null;
    String node = "";
    int seed = 0;
    long[] values = new long[0];
    Map<String, Family> families = new LinkedHashMap<>();
    Family current = null;
    boolean ended = false;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          Matcher m = SCRIPT.matcher(line);
          if (script == null && m.find()) {
            script = m.group(1);
          }
          continue;
        }
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "node" -> node = f[1];
          case "rng" -> {
            seed = Integer.parseInt(f[1]);
            values = new long[f.length - 2];
            for (int i = 2; i < f.length; i++) {
              values[i - 2] = Long.parseLong(f[i]);
            }
          }
          case "family" -> {
            current = new Family(f);
            families.put(current.name, current);
          }
          case "c" -> requireFamily(resource, current, line).chunkSha256.add(f[1]);
          case "s" ->
              requireFamily(resource, current, line)
                  .samples
                  .put(Integer.parseInt(f[1]), new String[] {f[2], f[3]});
          case "end" -> ended = true;
          default -> throw new IllegalStateException(resource + ": unexpected line " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!ended) {
      throw new IllegalStateException(resource + " is truncated (no end line)");
    }
    if (script == null) {
      throw new IllegalStateException(resource + ": no comment names the script that wrote it");
    }
    return new DigestRecording(resource, script, node, seed, values, families);
  }

  private static Family requireFamily(String resource, @Nullable Family f, String line) {
    if (f == null) {
      throw new IllegalStateException(resource + ": line before any family: " + line);
    }
    return f;
  }
}
