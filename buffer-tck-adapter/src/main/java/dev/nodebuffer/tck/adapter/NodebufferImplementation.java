package dev.nodebuffer.tck.adapter;

import dev.nodebuffer.ArrayBuffer;
import dev.nodebuffer.BigInt64Array;
import dev.nodebuffer.BigUint64Array;
import dev.nodebuffer.Buffer;
import dev.nodebuffer.Buffers;
import dev.nodebuffer.DataView;
import dev.nodebuffer.Float32Array;
import dev.nodebuffer.Float64Array;
import dev.nodebuffer.Int16Array;
import dev.nodebuffer.Int32Array;
import dev.nodebuffer.Int8Array;
import dev.nodebuffer.NodeError;
import dev.nodebuffer.Uint16Array;
import dev.nodebuffer.Uint32Array;
import dev.nodebuffer.Uint8Array;
import dev.nodebuffer.Uint8ClampedArray;
import dev.nodebuffer.tck.Feature;
import dev.nodebuffer.tck.Implementation;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The conformance kit's adapter for this project's port, {@code dev.nodebuffer}, registered with
 * {@link java.util.ServiceLoader} by this module only.
 *
 * <p>The port has every typed array kind ({@link Feature#TYPED_ARRAYS}) and lacks every other {@link
 * Feature}: its parameters are typed ({@code int} offsets, {@code long} values, {@code BigInteger}
 * bigints, {@code String} or {@code Uint8Array} needles), so a fraction, a number beyond its type,
 * a value of another type, {@code undefined} as distinct from {@code null}, or a {@code null} that
 * several overloads accept has no Java form. The port's own unit tests check the Java forms of
 * those calls ({@code null} arguments, the Java limits) where one exists.
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
    Map<String, Class<?>> globals = new LinkedHashMap<>();
    globals.put("Buffer", Buffer.class);
    globals.put("buffer", Buffers.class);
    globals.put("ArrayBuffer", ArrayBuffer.class);
    globals.put("DataView", DataView.class);
    for (Class<?> kind :
        List.of(
            Int8Array.class, Uint8Array.class, Uint8ClampedArray.class, Int16Array.class,
            Uint16Array.class, Int32Array.class, Uint32Array.class, Float32Array.class,
            Float64Array.class, BigInt64Array.class, BigUint64Array.class)) {
      globals.put(kind.getSimpleName(), kind);
    }
    return globals;
  }

  @Override
  public void freshProcess() {
    Buffer.setPoolSize(NODE_DEFAULT_POOL_SIZE);
    Buffers.resetPool();
    Buffers.setINSPECT_MAX_BYTES(NODE_DEFAULT_INSPECT_MAX_BYTES);
  }

  @Override
  public Set<Feature> unsupported() {
    return EnumSet.complementOf(EnumSet.of(Feature.TYPED_ARRAYS));
  }

  @Override
  public @Nullable NodeErrorInfo describe(Throwable thrown) {
    if (thrown instanceof NodeError error) {
      return new NodeErrorInfo(error.name(), error.code(), String.valueOf(thrown.getMessage()));
    }
    return null;
  }
}
