package dev.nodebuffer.tck;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs cases on Node: hands the whole corpus to {@code node-runner.js}, which runs each case in
 * a fresh worker thread and prints the outcomes in the {@link Records} format.
 */
public final class NodeRunner {
  private final NodeBinary node;

  public NodeRunner(NodeBinary node) {
    this.node = node;
  }

  /** Runs every case in {@code cases} and returns the outcomes by case id. */
  public Map<String, Outcome> run(List<Case> cases) {
    try {
      Path dir = Files.createTempDirectory("nodebuffer-tck");
      try {
        Path runner = dir.resolve("node-runner.js");
        Files.writeString(runner, Corpus.resource("node-runner.js"));
        Files.writeString(dir.resolve("show.js"), Corpus.resource("show.js"));
        Process process =
            new ProcessBuilder(node.path().toString(), runner.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process));
        try (OutputStream in = process.getOutputStream()) {
          in.write(json(cases).getBytes(StandardCharsets.UTF_8));
        }
        String text = new String(out.join(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
          throw new IllegalStateException("node-runner.js failed with exit code " + process.exitValue());
        }
        return Records.parse(text);
      } finally {
        for (String name : new String[] {"node-runner.js", "show.js"}) {
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

  private static byte[] readAll(Process process) {
    try {
      return process.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code {"cases": [{"id": ..., "source": ...}, ...]}}. */
  static String json(List<Case> cases) {
    StringBuilder json = new StringBuilder("{\"cases\": [");
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      json.append(i == 0 ? "" : ", ")
          .append("{\"id\": ").append(quote(c.id()))
          .append(", \"source\": ").append(quote(c.source())).append('}');
    }
    return json.append("]}").toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
