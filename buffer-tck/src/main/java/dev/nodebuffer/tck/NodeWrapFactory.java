package dev.nodebuffer.tck;

import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeJavaClass;
import org.mozilla.javascript.NativeJavaObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.WrapFactory;
import org.mozilla.javascript.WrappedException;
import org.mozilla.javascript.lc.type.TypeInfo;

/**
 * Makes an implementation's Java objects and classes look like Node's to a case: properties
 * through {@link NodeNames}, strings, numbers and booleans as JavaScript primitives.
 */
final class NodeWrapFactory extends WrapFactory {

  NodeWrapFactory() {
    setJavaPrimitiveWrap(false);
  }

  @Override
  public Scriptable wrapAsJavaObject(Context cx, Scriptable scope, Object javaObject, TypeInfo staticType) {
    return new NodeObject(scope, javaObject, staticType);
  }

  @Override
  public Scriptable wrapJavaClass(Context cx, Scriptable scope, Class<?> javaClass) {
    return new NodeClass(scope, javaClass);
  }

  /** An instance: {@code buf.length}, {@code buf.buffer}, {@code buf[0]}. */
  static final class NodeObject extends NativeJavaObject {
    private static final long serialVersionUID = 1L;

    NodeObject(Scriptable scope, Object javaObject, TypeInfo staticType) {
      super(scope, javaObject, staticType);
    }

    @Override
    public @Nullable Object get(String name, Scriptable start) {
      Method getter = NodeNames.getter(javaObject.getClass(), name, false);
      if (getter == null) {
        return super.get(name, start);
      }
      return NodeNames.toScript(this, NodeNames.invoke(getter, javaObject), getter.getReturnType());
    }

    @Override
    public boolean has(String name, Scriptable start) {
      return NodeNames.getter(javaObject.getClass(), name, false) != null || super.has(name, start);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
      Method setter = NodeNames.setter(javaObject.getClass(), name, false);
      if (setter == null) {
        super.put(name, start, value);
      } else {
        NodeNames.invoke(setter, javaObject, NodeNames.argument(setter, value));
      }
    }

    @Override
    public @Nullable Object get(int index, Scriptable start) {
      Method get = NodeNames.indexGetter(javaObject.getClass());
      if (get == null) {
        return super.get(index, start);
      }
      try {
        return NodeNames.toScript(this, NodeNames.invoke(get, javaObject, index), get.getReturnType());
      } catch (WrappedException e) {
        if (e.getWrappedException() instanceof IndexOutOfBoundsException) {
          return Undefined.instance; // JavaScript reads a missing index as undefined
        }
        throw e;
      }
    }

    @Override
    public void put(int index, Scriptable start, Object value) {
      Method put = NodeNames.indexSetter(javaObject.getClass());
      if (put == null) {
        super.put(index, start, value);
        return;
      }
      try {
        NodeNames.invoke(put, javaObject, index, Context.jsToJava(value, int.class));
      } catch (WrappedException e) {
        // JavaScript ignores a store to a missing index.
        if (!(e.getWrappedException() instanceof IndexOutOfBoundsException)) {
          throw e;
        }
      }
    }

    @Override
    public boolean has(int index, Scriptable start) {
      return NodeNames.indexGetter(javaObject.getClass()) != null || super.has(index, start);
    }
  }

  /** A class: its statics ({@code Buffer.alloc}, {@code Buffer.poolSize}) and constructors. */
  static final class NodeClass extends NativeJavaClass {
    private static final long serialVersionUID = 1L;

    NodeClass(Scriptable scope, Class<?> javaClass) {
      super(scope, javaClass);
    }

    @Override
    public @Nullable Object get(String name, Scriptable start) {
      Method getter = NodeNames.getter(getClassObject(), name, true);
      if (getter == null) {
        return super.get(name, start);
      }
      return NodeNames.toScript(this, NodeNames.invoke(getter, null), getter.getReturnType());
    }

    @Override
    public boolean has(String name, Scriptable start) {
      return NodeNames.getter(getClassObject(), name, true) != null || super.has(name, start);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
      Method setter = NodeNames.setter(getClassObject(), name, true);
      if (setter == null) {
        super.put(name, start, value);
      } else {
        NodeNames.invoke(setter, null, NodeNames.argument(setter, value));
      }
    }
  }
}
