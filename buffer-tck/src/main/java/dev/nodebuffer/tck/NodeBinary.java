package dev.nodebuffer.tck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The Node.js binary that serves as the oracle. Found, in this order, at the system property
 * {@code nodebuffer.node}, at the environment variable {@code NODEBUFFER_NODE}, or as {@code
 * node} on the {@code PATH} when that one is version 22 (the reference; other versions differ in
 * messages). {@code scripts/node22} installs the pinned Node 22 and prints its path.
 */
public final class NodeBinary {
  /** The major version whose behaviour is the reference. */
  public static final String REFERENCE_MAJOR = "v22.";

  private final Path path;
  private final String version;

  private NodeBinary(Path path, String version) {
    this.path = path;
    this.version = version;
  }

  public Path path() {
    return path;
  }

  /** What {@code node --version} printed, for example {@code v22.23.3}. */
  public String version() {
    return version;
  }

  /** The configured binary, or the {@code PATH}'s {@code node} if it is Node 22, if any. */
  public static Optional<NodeBinary> find() {
    String configured = firstNonEmpty(System.getProperty("nodebuffer.node"), System.getenv("NODEBUFFER_NODE"));
    if (configured != null) {
      Path path = Path.of(configured);
      if (!Files.isExecutable(path)) {
        throw new IllegalStateException("the configured node is not an executable file: " + path);
      }
      return Optional.of(new NodeBinary(path, versionOf(path.toString())));
    }
    try {
      String version = versionOf("node");
      return version.startsWith(REFERENCE_MAJOR) ? Optional.of(new NodeBinary(Path.of("node"), version)) : Optional.empty();
    } catch (IllegalStateException noNodeOnPath) {
      return Optional.empty();
    }
  }

  /** Whether the build demands a Node (CI sets {@code nodebuffer.requireNode=true}). */
  public static boolean required() {
    return Boolean.parseBoolean(System.getProperty("nodebuffer.requireNode", "false"));
  }

  /** The message shown where Node-dependent work is skipped. */
  public static String howToGetOne() {
    return "no Node 22 found: run `scripts/node22` and pass its output as -Dnodebuffer.node=PATH"
        + " (or set NODEBUFFER_NODE)";
  }

  private static String versionOf(String command) {
    try {
      Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(command + " --version failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable String firstNonEmpty(@Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? b : null;
  }
}
