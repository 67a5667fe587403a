package dev.nodebuffer.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The content of a recording of Node's answers: {@code utf8-node22.txt}, written by {@code
 * src/test/node/record-utf8.js} (the format is described at the top of that script), or {@code
 * latin1-ascii-utf16le-node22.txt}, written in the same format by {@code
 * src/test/node/record-latin1-ascii-utf16le.js}.
 */
final class NodeRecording {

  static final String RESOURCE = "utf8-node22.txt";

  /** One recorded family: its header, chunk digests and full-text samples. */
  static final class Family {
    final String name;
    final String kind;
    final boolean listed;
    final int cases;
    final int chunk;
    final String inputsSha256;
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
    @Nullable String outputFor(String inputLine) {
      for (String[] s : samples.values()) {
        if (s[0].equals(inputLine)) {
          return s[1];
        }
      }
      return null;
    }

    List<String> sampleInputs() {
      List<String> inputs = new ArrayList<>();
      for (String[] s : samples.values()) {
        inputs.add(s[0]);
      }
      return inputs;
    }
  }

  final String resource;
  final String nodeVersion;
  final int rngSeed;
  final long[] rngValues;
  final Map<String, Family> families;

  private NodeRecording(
      String resource,
      String nodeVersion,
      int rngSeed,
      long[] rngValues,
      Map<String, Family> f) {
    this.resource = resource;
    this.nodeVersion = nodeVersion;
    this.rngSeed = rngSeed;
    this.rngValues = rngValues;
    this.families = f;
  }

  private static final Map<String, NodeRecording> CACHE = new HashMap<>();

  /** The UTF-8 recording, {@value #RESOURCE}. */
  static NodeRecording load() {
    return load(RESOURCE);
  }

  /** The recording in the named resource next to this class, read once. */
  static synchronized NodeRecording load(String resource) {
    NodeRecording r = CACHE.get(resource);
    if (r == null) {
      r = read(resource);
      CACHE.put(resource, r);
    }
    return r;
  }

  Family family(String name) {
    Family f = families.get(name);
    if (f == null) {
      throw new IllegalStateException(resource + " has no family " + name);
    }
    return f;
  }

  private static NodeRecording read(String resource) {
    String node = "";
    int seed = 0;
    long[] values = new long[0];
    Map<String, Family> families = new LinkedHashMap<>();
    Family current = null;
    boolean ended = false;
    try (InputStream in = NodeRecording.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
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
    return new NodeRecording(resource, node, seed, values, families);
  }

  private static Family requireFamily(String resource, @Nullable Family f, String line) {
    if (f == null) {
      throw new IllegalStateException(resource + ": line before any family: " + line);
    }
    return f;
  }
}
