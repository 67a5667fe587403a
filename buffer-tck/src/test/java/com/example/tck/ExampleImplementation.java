package com.example.tck;

import com.example.bytes.ByteView;
import com.example.bytes.Bytes;
import com.example.bytes.BytesException;
import com.example.bytes.BytesModule;
import com.example.bytes.Store;
import dev.nodebuffer.tck.Feature;
import dev.nodebuffer.tck.Implementation;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

public final class ExampleImplementation implements Implementation {
  @Override
  public String name() {
    return "example-bytes 0.1";
  }

  @Override
  public Map<String, Class<?>> globals() {
    // The classes that stand for Node's globals, whatever their names.
    return Map.of(
        "Buffer", Bytes.class,
        "Uint8Array", ByteView.class,
        "ArrayBuffer", Store.class,
        "buffer", BytesModule.class); // require('buffer'): its functions as statics
  }

  @Override
  public void freshProcess() {
    // A new Node process: a fresh pool, the default pool size. This one has no pool.
  }

  @Override
  public Set<Feature> unsupported() {
    // Typed parameters: a fraction, a string or undefined where an int goes cannot be passed.
    return EnumSet.of(Feature.FRACTIONAL_NUMBERS, Feature.LOOSE_TYPES, Feature.UNDEFINED);
  }

  @Override
  public NodeErrorInfo describe(Throwable thrown) {
    if (thrown instanceof BytesException e) {
      return new NodeErrorInfo(e.jsName(), e.code(), e.getMessage());
    }
    return null; // not a Node error: the case fails, showing the exception
  }
}
