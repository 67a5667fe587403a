package dev.nodebuffer.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs cases on a {@link JsRuntime}, isolating each case's hangs and crashes: hands the cases to
 * {@code runner.cjs}, which runs each case in a fresh worker thread and writes the case's record as
 * soon as the case ends, and supervises that stream.
 *
 * <ul>
 *   <li>If no record arrives within the per-case limit (10 s unless given), the process is killed
 *       and the case whose record is due is recorded as {@link Outcome.Ending#TIMED_OUT}.
 *   <li>If the process ends before every case is recorded (an abort, a signal, a non-zero exit),
 *       the case whose record is due is recorded as {@link Outcome.Ending#CRASHED}, its detail the
 *       exit status and the last lines of the process's stderr.
 * </ul>
 *
 * <p>Either way a new process runs the cases after that one. A case that ends only its own worker
 * ({@code process.exit(n)} in a case) is recorded as crashed by {@code runner.cjs} itself, and the
 * same process goes on. A runner that fails before it has read its cases (it never writes its first
 * line) is an error, not a crash of the first case.
 */
public final class JsRunner {
  /** The per-case limit of {@link #JsRunner(JsRuntime)}. */
  public static final Duration DEFAULT_CASE_LIMIT = Duration.ofSeconds(10);

  /** How many of the last non-blank lines of stderr a crash's detail keeps. */
  static final int STDERR_LINES = 30;

  /** The start of the first line {@code runner.cjs} writes, once it has read its cases. */
  private static final String READY = "# runner.cjs: ";

  /** Put on the queue of stdout lines at its end; no line is a newline. */
  private static final String END = "\n";

  private final JsRuntime runtime;
  private final Duration caseLimit;

  /** A runner on {@code runtime} that gives each case {@link #DEFAULT_CASE_LIMIT}. */
  public JsRunner(JsRuntime runtime) {
    this(runtime, DEFAULT_CASE_LIMIT);
  }

  /**
   * A runner on {@code runtime} that kills a case's process when the case runs past {@code
   * caseLimit}.
   */
  public JsRunner(JsRuntime runtime, Duration caseLimit) {
    if (caseLimit.isNegative() || caseLimit.isZero()) {
      throw new IllegalArgumentException("the case limit must be positive: " + caseLimit);
    }
    this.runtime = runtime;
    this.caseLimit = caseLimit;
  }

  /** Runs every case, as {@link #run}, and returns the outcomes as a report column. */
  public Column runAll(List<Case> cases) {
    return new Column(runtime.name(), runtime.family(), run(cases));
  }

  /**
   * Runs every case in {@code cases} and returns an outcome for each, by case id, in the order of
   * {@code cases}.
   *
   * @throws IllegalStateException if {@code runner.cjs} cannot start on the runtime, or writes
   *     records that are not the cases' in order
   */
  public Map<String, Outcome> run(List<Case> cases) {
    try {
      Path dir = Files.createTempDirectory("nodebuffer-tck");
      try {
        Files.writeString(dir.resolve("runner.cjs"), Corpus.resource("runner.cjs"));
        Files.writeString(dir.resolve("show.js"), Corpus.resource("show.js"));
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        int next = 0;
        while (next < cases.size()) {
          next = runFrom(dir, cases, next, outcomes);
        }
        return outcomes;
      } finally {
        for (String name : new String[] {"runner.cjs", "show.js"}) {
          Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code cases} from index {@code first} in one process, adding their outcomes; returns the
   * index of the first case not recorded (its size when all are).
   */
  private int runFrom(Path dir, List<Case> cases, int first, Map<String, Outcome> outcomes)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(runtime.command(dir.resolve("runner.cjs"))).directory(dir.toFile());
    builder.environment().putAll(JsRuntime.environment());
    Process process = builder.start();
    StderrTail stderr = new StderrTail(process.getErrorStream());
    BlockingQueue<String> stdout = lines(process.getInputStream());
    byte[] input = json(cases.subList(first, cases.size())).getBytes(StandardCharsets.UTF_8);
    daemon(
        "runner.cjs stdin",
        () -> {
          try (OutputStream in = process.getOutputStream()) {
            in.write(input);
          } catch (IOException processEnded) {
            // The process ended before reading all of its input: its exit status tells why.
          }
        });

    long limit = caseLimit.toNanos();
    long deadline = System.nanoTime() + limit;
    boolean ready = false;
    boolean killed = false;
    int next = first;
    StringBuilder record = null;
    while (true) {
      String line =
          killed ? stdout.take() : stdout.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        kill(process);
        killed = true; // then read what the runner wrote before it was killed
        continue;
      }
      if (line.equals(END)) {
        break;
      }
      if (line.startsWith("== ")) {
        next = add(record, next, outcomes);
        String id = line.substring(3);
        if (next == cases.size() || !cases.get(next).id().equals(id)) {
          kill(process);
          throw new IllegalStateException(
              "runner.cjs on "
                  + runtime.name()
                  + " wrote the record of "
                  + id
                  + " where "
                  + (next == cases.size() ? "none" : cases.get(next).id())
                  + " was due");
        }
        record = new StringBuilder(line).append('\n');
        deadline = System.nanoTime() + limit;
      } else if (record != null) {
        record.append(line).append('\n');
      } else if (line.startsWith(READY)) {
        ready = true;
        deadline = System.nanoTime() + limit;
      } else if (!line.isEmpty()) {
        kill(process);
        throw new IllegalStateException(
            "runner.cjs on " + runtime.name() + " wrote before its first record: " + line);
      }
    }
    next = add(record, next, outcomes);
    if (!process.waitFor(limit, TimeUnit.NANOSECONDS)) {
      kill(process); // it closed its stdout but did not end
    }
    int status = process.waitFor();
    // The process id and the addresses of mapped libraries change from run to run: replaced, so
    // that a crash reads the same each time (CONFORMANCE.md is regenerated and diffed).
    String errors =
        stderr.text()
            .replace("[" + process.pid() + "]", "[pid]")
            .replaceAll("0x7f[0-9a-f]{10}", "0x7f...");
    if (!ready) {
      throw new IllegalStateException(
          "runner.cjs did not start on "
              + runtime
              + ": "
              + (killed ? "no first line within " + seconds(caseLimit) : describeExit(status))
              + "; stderr:\n"
              + errors);
    }
    if (next == cases.size()) {
      return next;
    }
    outcomes.put(
        cases.get(next).id(),
        killed
            ? Outcome.timedOut(
                "no outcome within " + seconds(caseLimit) + "; the process was killed")
            : Outcome.crashed(
                describeExit(status)
                    + (errors.isEmpty() ? "; no stderr" : "; stderr:\n" + errors)));
    return next + 1;
  }

  /** Adds the outcome of {@code record} (if any); returns the index of the case due after it. */
  private static int add(@Nullable StringBuilder record, int next, Map<String, Outcome> outcomes) {
    if (record == null) {
      return next;
    }
    outcomes.putAll(Records.parse(record.toString()));
    return next + 1;
  }

  /**
   * The exit status as Java reports it: a process ended by signal N exits with 128 + N ({@code
   * Process#exitValue}), which is named too.
   */
  static String describeExit(int status) {
    if (status > 128 && status < 128 + 32) {
      int signal = status - 128;
      String name =
          switch (signal) {
            case 4 -> "SIGILL";
            case 5 -> "SIGTRAP";
            case 6 -> "SIGABRT";
            case 7 -> "SIGBUS";
            case 8 -> "SIGFPE";
            case 9 -> "SIGKILL";
            case 11 -> "SIGSEGV";
            case 15 -> "SIGTERM";
            default -> "";
          };
      return "exit code "
          + status
          + " (128 + signal "
          + signal
          + (name.isEmpty() ? "" : ", " + name)
          + ")";
    }
    return "exit code " + status;
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** The lines of {@code stream} (split at LF only, as {@link Records} does), then {@link #END}. */
  private static BlockingQueue<String> lines(InputStream stream) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    daemon(
        "runner.cjs stdout",
        () -> {
          try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            char[] chunk = new char[8192];
            for (int n; (n = in.read(chunk)) != -1; ) {
              for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                  lines.add(line.toString());
                  line.setLength(0);
                } else {
                  line.append(chunk[i]);
                }
              }
            }
            if (line.length() > 0) {
              lines.add(line.toString());
            }
          } catch (IOException processEnded) {
            // What was read is on the queue; the end follows.
          } finally {
            lines.add(END);
          }
        });
    return lines;
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** The last {@link #STDERR_LINES} non-blank lines of a process's stderr, read as it goes. */
  private static final class StderrTail {
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread reader;

    StderrTail(InputStream stream) {
      reader =
          daemon(
              "runner.cjs stderr",
              () -> {
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    if (!line.isBlank()) {
                      synchronized (lines) {
                        lines.addLast(line);
                        if (lines.size() > STDERR_LINES) {
                          lines.removeFirst();
                        }
                      }
                    }
                  }
                } catch (IOException processEnded) {
                  // What was read is kept.
                }
              });
    }

    /** The lines, once the process has ended (waits a little for the last ones). */
    String text() throws InterruptedException {
      reader.join(TimeUnit.SECONDS.toMillis(5));
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }
  }

  /** {@code {"cases": [{"id": ..., "source": ...}, ...]}}. */
  static String json(List<Case> cases) {
    StringBuilder json = new StringBuilder("{\"cases\": [");
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      json.append(i == 0 ? "" : ", ")
          .append("{\"id\": ")
          .append(Json.quote(c.id()))
          .append(", \"source\": ")
          .append(Json.quote(c.source()))
          .append('}');
    }
    return json.append("]}").toString();
  }
}
