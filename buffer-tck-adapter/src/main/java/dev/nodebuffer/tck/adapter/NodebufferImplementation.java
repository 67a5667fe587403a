package dev.nodebuffer.tck.adapter;

import dev.nodebuffer.ArrayBuffer;
import dev.nodebuffer.Buffer;
import dev.nodebuffer.Buffers;
import dev.nodebuffer.DataView;
import dev.nodebuffer.NodeError;
import dev.nodebuffer.Uint8Array;
import dev.nodebuffer.tck.Feature;
import dev.nodebuffer.tck.Implementation;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The conformance kit's adapter for this project's port, {@code dev.nodebuffer}, registered with
 * {@link java.util.ServiceLoader} by this module only.
 *
 * <p>The port lacks every {@link Feature}: its parameters are typed ({@code int} offsets, {@code
 * long} values, {@code BigInteger} bigints, {@code String} or {@code Uint8Array} needles), so a
 * fraction, a number beyond its type, a value of another type, {@code undefined} as distinct from
 * {@code null}, or a {@code null} that several overloads accept has no Java form; and it has no
 * typed arrays beside {@code Uint8Array}. The port's own unit tests check the Java forms of those
 * calls ({@code null} arguments, the Java limits) where one exists.
 */
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
        "DataView", DataView.class,
        "buffer", Buffers.class);
  }

  @Override
  public void freshProcess() {
    Buffer.setPoolSize(NODE_DEFAULT_POOL_SIZE);
    Buffers.resetPool();
    Buffers.setINSPECT_MAX_BYTES(NODE_DEFAULT_INSPECT_MAX_BYTES);
  }

  @Override
  public Set<Feature> unsupported() {
    return EnumSet.allOf(Feature.class);
  }

  @Override
  public @Nullable NodeErrorInfo describe(Throwable thrown) {
    if (thrown instanceof NodeError error) {
      return new NodeErrorInfo(error.name(), error.code(), String.valueOf(thrown.getMessage()));
    }
    return null;
  }
}
