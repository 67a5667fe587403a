package dev.nodebuffer.tck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A JavaScript runtime that implements Node's {@code Buffer} and runs the corpus through {@code
 * runner.cjs} ({@link JsRunner}): Node, Deno 2 or Bun 1, told apart by what {@code --version}
 * prints. {@code scripts/runtime NAME} installs the pinned ones and prints their paths.
 *
 * <p>The reference, whose outcomes {@code expected.txt} holds, is Node 22: {@link #find()} looks
 * for it, in this order, at the system property {@code nodebuffer.node}, at the environment
 * variable {@code NODEBUFFER_NODE}, or as {@code node} on the {@code PATH} when that one is version
 * 22 (other versions differ in messages). {@code scripts/node22} installs the pinned Node 22 and
 * prints its path. The property and the variable may name any runtime {@link #at} accepts.
 */
public final class JsRuntime {
  /** The start of {@code node --version} of the reference, whose outcomes are the expectations. */
  public static final String REFERENCE_MAJOR = "v22.";

  /** Which runtime a binary is. */
  public enum Kind {
    /** Node.js: {@code --version} prints {@code v22.23.3}. */
    NODE,
    /** Deno: {@code --version} prints {@code deno 2.9.6 (stable, ...)} first. */
    DENO,
    /** Bun: {@code --version} prints a bare version, {@code 1.4.5}. */
    BUN
  }

  private static final Pattern NODE_VERSION = Pattern.compile("v\\d+\\.\\d+\\.\\d+\\S*");
  private static final Pattern DENO_VERSION = Pattern.compile("deno (\\d+\\.\\d+\\.\\d+\\S*).*");
  private static final Pattern BARE_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+\\S*");

  private final Kind kind;
  private final Path path;
  private final String version;

  private JsRuntime(Kind kind, Path path, String version) {
    this.kind = kind;
    this.path = path;
    this.version = version;
  }

  /**
   * The runtime at {@code path} (a path, or a command on the {@code PATH}), recognized by what
   * {@code path --version} prints.
   *
   * @throws IllegalStateException if it cannot be run or is none of the {@link Kind}s
   */
  public static JsRuntime at(Path path) {
    return recognize(path, versionOutput(path.toString()));
  }

  /**
   * The runtime at {@code path} whose {@code --version} printed {@code printed}.
   *
   * @throws IllegalStateException if {@code printed} is none of the {@link Kind}s'
   */
  static JsRuntime recognize(Path path, String printed) {
    String first = printed.lines().findFirst().orElse("").strip();
    if (NODE_VERSION.matcher(first).matches()) {
      return new JsRuntime(Kind.NODE, path, first);
    }
    Matcher deno = DENO_VERSION.matcher(first);
    if (deno.matches()) {
      return new JsRuntime(Kind.DENO, path, deno.group(1));
    }
    if (BARE_VERSION.matcher(first).matches()) {
      return new JsRuntime(Kind.BUN, path, first);
    }
    throw new IllegalStateException(
        path + " is not Node, Deno or Bun: its --version printed " + printed);
  }

  /**
   * The configured runtime ({@code nodebuffer.node}, else {@code NODEBUFFER_NODE}), or the {@code
   * PATH}'s {@code node} if it is Node 22, if any.
   *
   * @throws IllegalStateException if the configured path is not an executable file
   */
  public static Optional<JsRuntime> find() {
    String configured =
        firstNonBlank(System.getProperty("nodebuffer.node"), System.getenv("NODEBUFFER_NODE"));
    if (configured != null) {
      Path path = Path.of(configured);
      if (!Files.isExecutable(path)) {
        throw new IllegalStateException(
            "the configured runtime is not an executable file: " + path);
      }
      return Optional.of(at(path));
    }
    try {
      JsRuntime onPath = at(Path.of("node"));
      return onPath.isReference() ? Optional.of(onPath) : Optional.empty();
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

  public Kind kind() {
    return kind;
  }

  public Path path() {
    return path;
  }

  /**
   * The version as the runtime prints it: {@code v22.23.3} (Node), {@code 2.9.6}, {@code 1.4.5}.
   */
  public String version() {
    return version;
  }

  /** The family a report groups it in: {@link Column#NODE}, {@code "Deno"} or {@code "Bun"}. */
  public String family() {
    return switch (kind) {
      case NODE -> Column.NODE;
      case DENO -> "Deno";
      case BUN -> "Bun";
    };
  }

  /** The runtime's name and version, for reports: {@code node v22.23.3}, {@code deno 2.9.6}. */
  public String name() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + version;
  }

  /** Whether this is the reference, Node 22, from which expectations are recorded. */
  public boolean isReference() {
    return kind == Kind.NODE && version.startsWith(REFERENCE_MAJOR);
  }

  /**
   * The command that runs {@code runner} (a {@code .cjs} file) on this runtime: {@code node
   * runner.cjs}, {@code bun runner.cjs}, or {@code deno run --allow-read --no-config runner.cjs}
   * (the runner reads {@code show.js} beside it; no configuration file may change how it runs).
   */
  List<String> command(Path runner) {
    return kind == Kind.DENO
        ? List.of(path.toString(), "run", "--allow-read", "--no-config", runner.toString())
        : List.of(path.toString(), runner.toString());
  }

  /** Environment settings for {@link #command}: no colours in messages, no update checks. */
  static Map<String, String> environment() {
    return Map.of("NO_COLOR", "1", "DENO_NO_UPDATE_CHECK", "1");
  }

  @Override
  public String toString() {
    return name() + " at " + path;
  }

  private static String versionOutput(String command) {
    try {
      Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      String out =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
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

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b != null && !b.isBlank() ? b.strip() : null;
  }
}
