package dev.nodebuffer.tck;

import dev.nodebuffer.ArrayBuffer;
import dev.nodebuffer.Buffer;
import dev.nodebuffer.Buffers;
import dev.nodebuffer.NodeError;
import dev.nodebuffer.Uint8Array;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The kit's adapter for this project's own port, {@code dev.nodebuffer}. */
public final class NodebufferImplementation implements Implementation {
  private static final int NODE_DEFAULT_POOL_SIZE = 8192;
  private static final int NODE_DEFAULT_INSPECT_MAX_BYTES = 50;

  @Override
  public String name() {
    return "nodebuffer (Java, " + Buffers.poolStrategy() + " pool)";
  }

  @Override
  public Map<String, Class<?>> globals() {
    // "buffer" is the module object (require('buffer')): its functions are Buffers' statics.
    return Map.of(
        "Buffer", Buffer.class,
        "ArrayBuffer", ArrayBuffer.class,
        "Uint8Array", Uint8Array.class,
        "buffer", Buffers.class);
  }

  @Override
  public void freshProcess() {
    Buffer.setPoolSize(NODE_DEFAULT_POOL_SIZE);
    Buffers.resetPool();
    Buffers.setINSPECT_MAX_BYTES(NODE_DEFAULT_INSPECT_MAX_BYTES);
  }

  @Override
  public @Nullable NodeErrorInfo describe(Throwable thrown) {
    if (thrown instanceof NodeError error) {
      return new NodeErrorInfo(error.name(), error.code(), String.valueOf(thrown.getMessage()));
    }
    return null;
  }
}
