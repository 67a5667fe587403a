package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recognizing a runtime by what its {@code --version} printed (copied from the pinned ones). */
class JsRuntimeTest {

  @Test
  void nodeIsRecognizedAndNode22IsTheReference() {
    JsRuntime node = JsRuntime.recognize(Path.of("node"), "v22.23.3");
    assertThat(node.kind()).isEqualTo(JsRuntime.Kind.NODE);
    assertThat(node.version()).isEqualTo("v22.23.3");
    assertThat(node.name()).isEqualTo("node v22.23.3");
    assertThat(node.isReference()).isTrue();
    assertThat(node.command(Path.of("runner.cjs"))).containsExactly("node", "runner.cjs").inOrder();

    assertThat(JsRuntime.recognize(Path.of("node"), "v24.22.3").isReference()).isFalse();
    assertThat(JsRuntime.recognize(Path.of("node"), "v20.20.2").isReference()).isFalse();
  }

  @Test
  void denoIsRecognizedAndRunsTheRunnerWithReadPermission() {
    JsRuntime deno =
        JsRuntime.recognize(
            Path.of("/cache/deno"),
            "deno 2.9.6 (stable, release, x86_64-unknown-linux-gnu)\n"
                + "v8 15.0.245.2-rusty\n"
                + "typescript 6.0.3");
    assertThat(deno.kind()).isEqualTo(JsRuntime.Kind.DENO);
    assertThat(deno.name()).isEqualTo("deno 2.9.6");
    assertThat(deno.isReference()).isFalse();
    assertThat(deno.command(Path.of("runner.cjs")))
        .isEqualTo(List.of("/cache/deno", "run", "--allow-read", "--no-config", "runner.cjs"));
  }

  @Test
  void bunIsRecognized() {
    JsRuntime bun = JsRuntime.recognize(Path.of("bun"), "1.4.5");
    assertThat(bun.kind()).isEqualTo(JsRuntime.Kind.BUN);
    assertThat(bun.name()).isEqualTo("bun 1.4.5");
    assertThat(bun.command(Path.of("runner.cjs"))).containsExactly("bun", "runner.cjs").inOrder();
  }

  @Test
  void anythingElseIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> JsRuntime.recognize(Path.of("python3"), "Python 3.13.5"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("python3 is not Node, Deno or Bun: its --version printed Python 3.13.5");
  }
}
