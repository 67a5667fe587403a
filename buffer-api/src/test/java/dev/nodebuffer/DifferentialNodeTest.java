package dev.nodebuffer;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.nodebuffer.DifferentialProgram.Call;
import dev.nodebuffer.DifferentialProgram.Sequence;
import dev.nodebuffer.testkit.NodeOracle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Executable;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A differential random-operation runner: seeded random sequences of {@code Buffer} calls run on
 * the port and on Node 22, compared call by call, and then the whole memory they touched.
 *
 * <p>Design. The generator lives once, in Java ({@link DifferentialProgram}, seeded with
 * buffer-testkit's {@code Rng}); each call is one text line. {@code src/test/node/differential.js}
 * interprets a whole batch of sequences in one Node process and prints one answer line per call;
 * {@link DifferentialJava} runs the same lines on the port (overloads found by reflection, as a Java
 * caller's call would resolve) and prints its answers in the same format, while Node runs. An answer
 * is the value (numbers, BigInts, strings by UTF-16 unit, {@code this}, or a new view's kind,
 * length, byte offset when its memory is the sequence's own, and bytes) or the error (name, {@code
 * code}, exact message). After the last call, each side prints the memory of every slot: whole
 * {@code ArrayBuffer}s the sequence made ({@code new ArrayBuffer}, {@code Buffer.alloc}), else (pooled
 * memory, whose neighbours are not comparable) the slot's own bytes. Views sit at odd and even byte
 * offsets of shared {@code ArrayBuffer}s, so overlapping copies, fills and searches meet alignment.
 *
 * Lines rather than generated programs: both sides interpret the same text, so the shrinker can edit
 * a sequence call by call and argument by argument, and neither side needs a generator twin.
 *
 * <p>On a mismatch the sequence is shrunk (delta debugging over the calls, then each argument made
 * smaller, both until nothing more can go while the first mismatching method, or the memory, still
 * mismatches; each round's candidates go as one batch to one Node process kept for the shrinker)
 * and printed as runnable JavaScript and as the Java calls, each differing answer annotated. Up to
 * {@value #SHRUNK_SHOWN} kinds of mismatch (by first mismatching method) are shrunk and shown.
 *
 * <p>Modes. By default (CI) {@value #DEFAULT_SEQUENCES} sequences of seed {@value #DEFAULT_SEED},
 * a few seconds; {@code -Ddifferential.sequences=N -Ddifferential.seed=S} runs more (the long
 * mode). Sequence {@code I} of seed {@code S} is the same on every run ({@link
 * DifferentialProgram#generate}), and a failure names it as {@code S:I}; {@code
 * -Ddifferential.first=I -Ddifferential.sequences=1 -Ddifferential.seed=S} runs it alone. Without Node the test is
 * skipped, as every Node test ({@link NodeOracle}); under {@code -Dnodebuffer.requireNode=true} it
 * fails instead. A Node that does not finish a batch in {@value #BATCH_SECONDS} s is killed and
 * the test fails naming the sequence, so a hang cannot stall the build.
 *
 * <p>Known mismatches and hangs are kept out by name, in one list and nowhere else: {@link #KNOWN},
 * each entry either not generated (and never sent to Node by the shrinker) or not compared.
 */
class DifferentialNodeTest {

  static final int DEFAULT_SEQUENCES = 3000;
  static final int DEFAULT_SEED = 22;
  private static final int BATCH = 1000;
  private static final long BATCH_SECONDS = 60;
  private static final int SHRUNK_SHOWN = 8;
  private static final Path SCRIPT = Path.of("src", "test", "node", "differential.js");

  /** What is done with the calls a {@link Known} entry covers. */
  enum Treatment {
    /** The generator does not make them, and the shrinker sends no candidate with one to Node. */
    NOT_GENERATED,
    /** Their answers are not compared (each is counted in the run's summary line). */
    NOT_COMPARED
  }

  /**
   * A class of call left out, by name, with its reason. {@code covers} sees the call and its
   * receiver's byte offset ({@code -1} for a static call): from the generator's model when
   * generating, from the port's real view when comparing or shrinking.
   */
  record Known(String name, Treatment treatment, String reason, BiPredicate<Call, Integer> covers) {}

  /** Every class of call left out of the generation or the comparison; each names why. */
  static final List<Known> KNOWN =
      List.of(
          new Known(
              "NODE_HANGS_ON_UTF16_SEARCH_IN_ODD_VIEW",
              Treatment.NOT_GENERATED,
              "Node 20, 22 and 24 never return from some forward utf16le/ucs2 searches (indexOf,"
                  + " includes) for a string or a Buffer/Uint8Array needle in a view at an odd byte"
                  + " offset: over the bytes 61 f0 e2 63 00, Buffer.from(ab, 1, 4).indexOf('c',"
                  + " 'utf16le') spins",
              (call, receiverByteOffset) ->
                  (receiverByteOffset & 1) != 0
                      && (call.method().equals("indexOf") || call.method().equals("includes"))
                      && isUtf16SearchForStringOrView(call)));

  private static boolean isUtf16SearchForStringOrView(Call call) {
    return call.args().size() >= 2
        && (call.args().get(0).startsWith("s") || call.args().get(0).startsWith("b"))
        && call.lastArgIsEncodingIn(DifferentialProgram.UTF16_NAMES);
  }

  /** The first entry of {@link #KNOWN} with this treatment that covers the call, if any. */
  static @Nullable Known known(Treatment treatment, Call call, int receiverByteOffset) {
    for (Known k : KNOWN) {
      if (k.treatment() == treatment && k.covers().test(call, receiverByteOffset)) {
        return k;
      }
    }
    return null;
  }

  /** Whether the port's run of a sequence shows a call that is {@link Treatment#NOT_GENERATED}. */
  static boolean makesNotGenerated(Sequence s, DifferentialJava.Run run) {
    for (int i = 0; i < s.calls().size(); i++) {
      if (known(Treatment.NOT_GENERATED, s.calls().get(i), run.receiverOffsets().get(i)) != null) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theSameCallsGiveNode22sAnswersAndMemory() throws IOException, InterruptedException {
    Path node = NodeOracle.node();
    int sequences = Integer.getInteger("differential.sequences", DEFAULT_SEQUENCES);
    int first = Integer.getInteger("differential.first", 0);
    int seed = Integer.decode(System.getProperty("differential.seed", String.valueOf(DEFAULT_SEED)));
    long start = System.nanoTime();
    long calls = 0;
    StringBuilder report = new StringBuilder();
    Map<String, Integer> excluded = new LinkedHashMap<>();
    Map<String, Sequence> firstBySignature = new LinkedHashMap<>();
    Map<String, Integer> countBySignature = new LinkedHashMap<>();
    try (NodeServer server = new NodeServer(node)) {
      for (int from = first; from < first + sequences; from += BATCH) {
        List<Sequence> batch = new ArrayList<>();
        for (int i = from; i < Math.min(first + sequences, from + BATCH); i++) {
          batch.add(DifferentialProgram.generate(seed, i));
        }
        server.send(batch);
        List<DifferentialJava.Run> javaAnswers = new ArrayList<>();
        for (Sequence s : batch) {
          javaAnswers.add(DifferentialJava.run(s));
          calls += s.calls().size();
        }
        Map<String, List<String>> nodeAnswers = server.await(BATCH_SECONDS);
        for (int k = 0; k < batch.size(); k++) {
          Sequence s = batch.get(k);
          List<String> answers = nodeAnswers.get(s.id());
          if (answers == null) {
            throw new AssertionError(
                "Node did not answer (a hang, killed after " + BATCH_SECONDS + " s, or a crash) in"
                    + " sequence " + s.id() + ":\n" + javaScript(s, null, null));
          }
          Mismatch m = compare(s, answers, javaAnswers.get(k), excluded);
          if (m != null) {
            countBySignature.merge(m.signature, 1, Integer::sum);
            firstBySignature.putIfAbsent(m.signature, s);
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      report.append(
          String.format(
              Locale.ROOT,
              "differential: seed %d, %d sequences, %d calls, %.1f s, %d mismatching sequences%s%n",
              seed,
              sequences,
              calls,
              seconds,
              countBySignature.values().stream().mapToInt(Integer::intValue).sum(),
              excluded.isEmpty() ? "" : ", answers left out as known: " + excluded));
      int shown = 0;
      for (Map.Entry<String, Sequence> e : firstBySignature.entrySet()) {
        if (shown++ == SHRUNK_SHOWN) {
          report.append("(more kinds not shrunk)\n");
          break;
        }
        report.append("\n=== ").append(e.getKey()).append(": ")
            .append(countBySignature.get(e.getKey())).append(" sequences, first ")
            .append(e.getValue().id()).append('\n');
        report.append(reproduction(server, shrink(server, e.getValue(), e.getKey()), e.getValue()));
      }
    }
    System.out.println(report.toString().lines().findFirst().orElse(""));
    if (!firstBySignature.isEmpty()) {
      throw new AssertionError(report);
    }
  }

  // ---- running and comparing ----

  /**
   * One Node process running {@code differential.js} for many batches (starting Node costs more
   * than running a small batch, which the shrinker sends by the hundred): sequences go to its stdin
   * from a writer thread while the caller works, answers come back on its stdout. A batch that has
   * not finished in time kills the process (the next batch starts another) and gives the answers so
   * far, so a hang cannot stall the build.
   */
  private static final class NodeServer implements AutoCloseable {
    private final Path node;
    private @Nullable Process process;
    private @Nullable Writer in;
    private List<Sequence> sent = List.of();
    /** The output lines of the current process; a killed one's late lines go to its own queue. */
    private BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    NodeServer(Path node) {
      this.node = node;
    }

    /** Sends a batch; its answers come from {@link #await}. */
    void send(List<Sequence> batch) throws IOException {
      Writer w = in;
      if (process == null || w == null) {
        Process p =
            new ProcessBuilder(node.toString(), SCRIPT.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
            new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8));
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Thread reader =
            new Thread(
                () -> {
                  try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                      queue.add(line);
                    }
                  } catch (IOException e) {
                    // the process was killed: the batch waiting for it times out
                  }
                  queue.add("");
                });
        reader.setDaemon(true);
        reader.start();
        process = p;
        lines = queue;
        w = new OutputStreamWriter(p.getOutputStream(), ISO_8859_1);
        in = w;
      }
      Writer to = w;
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (Sequence s : batch) {
                    to.write(s.text());
                  }
                  to.flush();
                } catch (IOException e) {
                  // the process was killed
                }
              });
      writer.setDaemon(true);
      writer.start();
      sent = batch;
    }

    /** The answers of the batch sent last, by sequence id: all, or those before a hang. */
    Map<String, List<String>> await(long seconds) throws InterruptedException {
      Process p = process;
      Set<String> wanted = new HashSet<>();
      for (Sequence s : sent) {
        wanted.add(s.id());
      }
      Map<String, List<String>> answers = new HashMap<>();
      List<String> current = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (answers.size() < wanted.size()) {
        String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null || p == null || (line.isEmpty() && !p.isAlive())) {
          close();
          break;
        }
        if (line.isEmpty()) {
          continue;
        }
        current.add(line);
        if (line.startsWith("end ")) {
          answers.put(line.substring(4), current);
          current = new ArrayList<>();
        }
      }
      return answers;
    }

    /** {@link #send} and {@link #await}. */
    Map<String, List<String>> answers(List<Sequence> batch, long seconds)
        throws IOException, InterruptedException {
      send(batch);
      return await(seconds);
    }

    @Override
    public void close() {
      Process p = process;
      if (p != null) {
        p.destroyForcibly();
      }
      process = null;
      in = null;
    }
  }

  /** The first mismatch of a sequence that {@link #KNOWN} does not cover. */
  record Mismatch(String signature, int index, String node, String java) {}

  private static @Nullable Mismatch compare(
      Sequence s, @Nullable List<String> node, DifferentialJava.Run run, Map<String, Integer> excluded) {
    List<String> java = run.answers();
    if (node == null || node.size() != java.size()) {
      return new Mismatch("answer count", -1, String.valueOf(node), String.valueOf(java));
    }
    for (int i = 0; i < java.size(); i++) {
      if (node.get(i).equals(java.get(i))) {
        continue;
      }
      if (i < s.calls().size()) {
        Call c = s.calls().get(i);
        Known known = known(Treatment.NOT_COMPARED, c, run.receiverOffsets().get(i));
        if (known != null) {
          excluded.merge(known.name, 1, Integer::sum);
          continue;
        }
        return new Mismatch(c.recv().matches("[A-Z].*") ? c.recv() + "." + c.method() : c.method(),
            i, node.get(i), java.get(i));
      }
      return new Mismatch("memory", i, node.get(i), java.get(i));
    }
    return null;
  }

  // ---- shrinking ----

  private static final long SHRINK_SECONDS = 20;
  private static final int SHRINK_ROUNDS = 400;

  /**
   * The smallest sequence found that still mismatches with {@code signature}: calls dropped by
   * delta debugging, then arguments made smaller one at a time, alternately until neither helps.
   */
  static Sequence shrink(NodeServer node, Sequence sequence, String signature)
      throws IOException, InterruptedException {
    Sequence best = dropCalls(node, sequence, signature);
    for (int round = 0; round < SHRINK_ROUNDS; round++) {
      Sequence simpler = simplify(node, best, signature);
      if (simpler == null) {
        break;
      }
      best = dropCalls(node, simpler, signature);
    }
    return best;
  }

  /**
   * One round of argument shrinking: every single-argument simplification runs in one Node
   * process; the sequence with all the successful ones at once is kept if it still mismatches, else
   * the first successful one. Null when none succeeds.
   */
  private static @Nullable Sequence simplify(NodeServer node, Sequence s, String signature)
      throws IOException, InterruptedException {
    List<int[]> where = new ArrayList<>();
    List<Sequence> candidates = new ArrayList<>();
    for (int c = 0; c < s.calls().size(); c++) {
      Call call = s.calls().get(c);
      for (int a = 0; a < call.args().size(); a++) {
        for (String simpler : simpler(call.args().get(a))) {
          List<String> args = new ArrayList<>(call.args());
          args.set(a, simpler);
          List<Call> calls = new ArrayList<>(s.calls());
          calls.set(c, call.withArgs(args));
          candidates.add(new Sequence(s.id(), calls));
          where.add(new int[] {c, a});
        }
      }
    }
    List<Integer> failing = failing(node, candidates, signature, false);
    if (failing.isEmpty()) {
      return null;
    }
    List<Call> combined = new ArrayList<>(s.calls());
    Set<String> taken = new HashSet<>();
    for (int k : failing) {
      int c = where.get(k)[0];
      int a = where.get(k)[1];
      if (taken.add(c + ":" + a)) {
        Call call = combined.get(c);
        List<String> args = new ArrayList<>(call.args());
        args.set(a, candidates.get(k).calls().get(c).args().get(a));
        combined.set(c, call.withArgs(args));
      }
    }
    Sequence all = new Sequence(s.id(), combined);
    if (failing.size() > 1 && !failing(node, List.of(all), signature, true).isEmpty()) {
      return all;
    }
    return candidates.get(failing.get(0));
  }

  private static Sequence dropCalls(NodeServer node, Sequence sequence, String signature)
      throws IOException, InterruptedException {
    List<Call> calls = sequence.calls();
    int n = 2;
    while (calls.size() >= 2) {
      int chunk = (calls.size() + n - 1) / n;
      List<Sequence> candidates = new ArrayList<>();
      for (int start = 0; start < calls.size(); start += chunk) {
        List<Call> rest = new ArrayList<>(calls.subList(0, start));
        rest.addAll(calls.subList(Math.min(calls.size(), start + chunk), calls.size()));
        candidates.add(new Sequence(sequence.id(), rest));
      }
      Sequence found = firstFailing(node, candidates, signature);
      if (found != null) {
        calls = found.calls();
        n = Math.max(n - 1, 2);
      } else if (n >= calls.size()) {
        break;
      } else {
        n = Math.min(calls.size(), 2 * n);
      }
    }
    return new Sequence(sequence.id(), calls);
  }

  private static List<String> simpler(String token) {
    List<String> out = new ArrayList<>();
    String body = token.substring(1);
    switch (token.charAt(0)) {
      case 'i', 'j' -> {
        long v = Long.parseLong(body);
        for (long w : new long[] {0, v / 2, v - Long.signum(v)}) {
          String t = token.charAt(0) + String.valueOf(w);
          if (Math.abs(w) < Math.abs(v) && !out.contains(t)) {
            out.add(t);
          }
        }
      }
      case 'n' -> {
        BigInteger v = new BigInteger(body);
        for (BigInteger w :
            new BigInteger[] {BigInteger.ZERO, v.divide(BigInteger.TWO), v.subtract(BigInteger.valueOf(v.signum()))}) {
          if (w.abs().compareTo(v.abs()) < 0 && !out.contains("n" + w)) {
            out.add("n" + w);
          }
        }
      }
      case 'd' -> {
        if (!body.equals("0000000000000000")) {
          out.add(DifferentialProgram.d(0));
        }
      }
      case 's' -> {
        if (!body.isEmpty()) {
          out.add("s");
          out.add("s" + body.substring(0, body.length() - 4));
          out.add("s" + body.substring(4));
        }
      }
      case 'L' -> {
        List<String> items = body.isEmpty() ? List.of() : List.of(body.split(",", -1));
        for (int k = 0; k < items.size(); k++) {
          List<String> rest = new ArrayList<>(items);
          rest.remove(k);
          out.add("L" + String.join(",", rest));
        }
      }
      default -> {}
    }
    return out;
  }

  /** The first candidate that still mismatches with {@code signature}, or null. */
  private static @Nullable Sequence firstFailing(NodeServer node, List<Sequence> candidates, String signature)
      throws IOException, InterruptedException {
    List<Integer> failing = failing(node, candidates, signature, true);
    return failing.isEmpty() ? null : candidates.get(failing.get(0));
  }

  /**
   * The indices of the candidates that still mismatch with {@code signature} (only the first one
   * when {@code firstOnly}). All run in one Node process; a candidate that would hang Node is left
   * out, and should one hang anyway, it is dropped and the ones after it run again.
   */
  private static List<Integer> failing(
      NodeServer node, List<Sequence> candidates, String signature, boolean firstOnly)
      throws IOException, InterruptedException {
    List<Sequence> remaining = new ArrayList<>();
    Map<String, DifferentialJava.Run> java = new HashMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      Sequence candidate = new Sequence("shrink" + k, candidates.get(k).calls());
      DifferentialJava.Run run = DifferentialJava.run(candidate);
      if (!makesNotGenerated(candidate, run)) {
        remaining.add(candidate);
        java.put(candidate.id(), run);
      }
    }
    List<Integer> failing = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Map<String, List<String>> answers = node.answers(remaining, SHRINK_SECONDS);
      int k = 0;
      for (; k < remaining.size() && answers.containsKey(remaining.get(k).id()); k++) {
        Sequence s = remaining.get(k);
        DifferentialJava.Run port = java.get(s.id());
        Mismatch m = port == null ? null : compare(s, answers.get(s.id()), port, new HashMap<>());
        if (m != null && m.signature().equals(signature)) {
          failing.add(Integer.parseInt(s.id().substring("shrink".length())));
          if (firstOnly) {
            return failing;
          }
        }
      }
      remaining = new ArrayList<>(remaining.subList(Math.min(remaining.size(), k + 1), remaining.size()));
    }
    return failing;
  }

  // ---- reproductions ----

  private static String reproduction(NodeServer node, Sequence shrunk, Sequence original)
      throws IOException, InterruptedException {
    DifferentialJava.Run run = DifferentialJava.run(shrunk);
    List<String> java = run.answers();
    List<@Nullable Executable> overloads = run.overloads();
    List<String> nodeAnswers = node.answers(List.of(shrunk), SHRINK_SECONDS).get(shrunk.id());
    return "shrunk from " + original.calls().size() + " calls to " + shrunk.calls().size()
        + "\n--- JavaScript (Node 22):\n" + javaScript(shrunk, nodeAnswers, java)
        + "--- Java:\n" + javaCalls(shrunk, overloads, nodeAnswers, java);
  }

  private static String note(int i, @Nullable List<String> node, @Nullable List<String> java) {
    if (node == null || java == null || i >= node.size() || i >= java.size()) {
      return "";
    }
    return node.get(i).equals(java.get(i)) ? "" : " // Node: " + node.get(i) + "  port: " + java.get(i);
  }

  /** The sequence as a runnable Node script; differing answers as comments. */
  static String javaScript(Sequence s, @Nullable List<String> node, @Nullable List<String> java) {
    StringBuilder out = new StringBuilder(
        "const show = (f) => { try { const v = f(); console.log(v); return v; }"
            + " catch (e) { console.log(e.name, e.code, e.message); } };\n");
    for (int i = 0; i < s.calls().size(); i++) {
      Call c = s.calls().get(i);
      List<String> args = new ArrayList<>();
      for (String t : c.args()) {
        args.add(jsArg(t));
      }
      String recv = c.recv().equals("Buffers") ? "require('buffer')"
          : c.recv().matches("[A-Z].*") ? c.recv() : "b" + c.recv();
      String call = c.method().equals("new")
          ? "new " + recv + "(" + String.join(", ", args) + ")"
          : recv + "." + c.method() + "(" + String.join(", ", args) + ")";
      out.append(c.dst().equals("-") ? "" : "const b" + c.dst() + " = ")
          .append("show(() => ").append(call).append(");").append(note(i, node, java)).append('\n');
    }
    String memory = note(s.calls().size(), node, java);
    if (!memory.isEmpty()) {
      out.append("// memory after the calls:").append(memory.substring(3)).append('\n');
    }
    return out.toString();
  }

  /** The sequence as Java calls on the port; differing answers as comments. */
  static String javaCalls(
      Sequence s, List<@Nullable Executable> overloads, @Nullable List<String> node, List<String> java) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.calls().size(); i++) {
      Call c = s.calls().get(i);
      Executable e = overloads.get(i);
      List<String> args = new ArrayList<>();
      for (int a = 0; a < c.args().size(); a++) {
        args.add(javaArg(c.args().get(a), e == null ? Object.class : e.getParameterTypes()[a]));
      }
      String recv = c.recv().matches("[A-Z].*") ? c.recv() : "b" + c.recv();
      String call = c.method().equals("new")
          ? "new " + recv + "(" + String.join(", ", args) + ")"
          : recv + "." + c.method() + "(" + String.join(", ", args) + ")";
      out.append(c.dst().equals("-") ? "" : "var b" + c.dst() + " = ").append(call).append(';')
          .append(note(i, node, java)).append('\n');
    }
    String memory = note(s.calls().size(), node, java);
    if (!memory.isEmpty()) {
      out.append("// memory after the calls:").append(memory.substring(3)).append('\n');
    }
    return out.toString();
  }

  private static String jsArg(String t) {
    String body = t.substring(1);
    return switch (t.charAt(0)) {
      case 'i', 'j' -> body;
      case 'd' -> {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(body, 16));
        yield Double.isNaN(v) ? "NaN" : Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity")
            : v == 0 && 1 / v < 0 ? "-0" : Double.toString(v);
      }
      case 'n' -> body + "n";
      case 's' -> quote(DifferentialProgram.units(t), false);
      case 'u' -> "undefined";
      case 'b' -> "b" + body;
      case 'L' -> "[" + (body.isEmpty() ? "" : body.replace(",", ", ")) + "]";
      default -> t;
    };
  }

  private static String javaArg(String t, Class<?> parameter) {
    String body = t.substring(1);
    return switch (t.charAt(0)) {
      case 'i', 'j' -> body + (parameter == long.class ? "L" : "");
      case 'd' -> {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(body, 16));
        yield Double.isNaN(v) ? "Double.NaN" : Double.isInfinite(v)
            ? (v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY") : Double.toString(v);
      }
      case 'n' -> "new BigInteger(\"" + body + "\")";
      case 's' -> quote(DifferentialProgram.units(t), true);
      case 'u' -> "(String) null";
      case 'b' -> "b" + body;
      case 'L' -> "List.of(" + (body.isEmpty() ? "" : body.replace(",", ", ")) + ")";
      default -> t;
    };
  }

  /** A string literal; Java's lexer reads {@code \\u} escapes early, so its controls are octal. */
  private static String quote(String v, boolean java) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        q.append(c);
      } else if (java && c < 0x80) {
        q.append(String.format("\\%03o", (int) c));
      } else {
        q.append(String.format("\\u%04x", (int) c));
      }
    }
    return q.append('"').toString();
  }
}
