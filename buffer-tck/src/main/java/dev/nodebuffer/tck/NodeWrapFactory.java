package dev.nodebuffer.tck;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJavaClass;
import org.mozilla.javascript.NativeJavaObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.SymbolKey;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.WrapFactory;
import org.mozilla.javascript.WrappedException;
import org.mozilla.javascript.lc.type.TypeInfo;

/**
 * Makes an implementation's Java objects and classes look like Node's to a case: properties
 * through {@link NodeNames}, strings, numbers and booleans as JavaScript primitives, and Java's
 * data shapes as JavaScript's: a {@code Map} with string keys (such as {@code toJSON()}'s result)
 * becomes a plain object, a {@code List} or an array (such as an {@code entries()} pair) an array,
 * copied when they reach the script, and an empty {@code Optional*} {@code undefined}.
 */
final class NodeWrapFactory extends WrapFactory {

  NodeWrapFactory() {
    setJavaPrimitiveWrap(false);
  }

  @Override
  public @Nullable Object wrap(Context cx, Scriptable scope, @Nullable Object obj, TypeInfo staticType) {
    if (obj != null && isOptional(obj)) {
      return fromOptional(obj);
    }
    Scriptable plain = toPlainScript(cx, scope, obj);
    return plain != null ? plain : super.wrap(cx, scope, obj, staticType);
  }

  @Override
  public @Nullable Object wrap(Context cx, Scriptable scope, @Nullable Object obj, Class<?> staticType) {
    if (obj != null && isOptional(obj)) {
      return fromOptional(obj);
    }
    Scriptable plain = toPlainScript(cx, scope, obj);
    return plain != null ? plain : super.wrap(cx, scope, obj, staticType);
  }

  private static boolean isOptional(Object obj) {
    return obj instanceof Optional || obj instanceof OptionalInt || obj instanceof OptionalLong
        || obj instanceof OptionalDouble;
  }

  /**
   * An {@code Optional*} result (a Java answer where JavaScript's may be {@code undefined}, as
   * {@code find}'s): its value, or {@code undefined} when empty.
   */
  private static Object fromOptional(Object optional) {
    if (optional instanceof OptionalInt o) {
      return o.isPresent() ? (Object) o.getAsInt() : Undefined.instance;
    }
    if (optional instanceof OptionalLong o) {
      return o.isPresent() ? (Object) o.getAsLong() : Undefined.instance;
    }
    if (optional instanceof OptionalDouble o) {
      return o.isPresent() ? (Object) o.getAsDouble() : Undefined.instance;
    }
    Optional<?> o = (Optional<?>) optional;
    return o.isPresent() ? o.get() : Undefined.instance;
  }

  /**
   * A JavaScript object or array copied from a Java map, list or array of primitives or objects
   * (an {@code entries()} pair); else {@code null}.
   */
  private @Nullable Scriptable toPlainScript(Context cx, Scriptable scope, @Nullable Object obj) {
    if (obj instanceof Map) {
      Scriptable object = cx.newObject(scope);
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) obj).entrySet()) {
        ScriptableObject.putProperty(
            object, String.valueOf(entry.getKey()), wrap(cx, scope, entry.getValue(), Object.class));
      }
      return object;
    }
    if (obj instanceof List) {
      List<?> list = (List<?>) obj;
      @Nullable Object[] elements = new Object[list.size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = wrap(cx, scope, list.get(i), Object.class);
      }
      return cx.newArray(scope, elements);
    }
    if (obj instanceof Map.Entry<?, ?> entry) {
      return cx.newArray(
          scope,
          new Object[] {wrap(cx, scope, entry.getKey(), Object.class), wrap(cx, scope, entry.getValue(), Object.class)});
    }
    if (obj != null && obj.getClass().isArray() && obj.getClass() != byte[].class) {
      @Nullable Object[] elements = new Object[java.lang.reflect.Array.getLength(obj)];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = wrap(cx, scope, java.lang.reflect.Array.get(obj, i), Object.class);
      }
      return cx.newArray(scope, elements);
    }
    return null;
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
      if (name.equals("toJSON")) {
        Method toJson = NodeNames.toJson(javaObject.getClass());
        if (toJson != null) {
          // Callable with any arguments, as JavaScript ignores extra ones: JSON.stringify calls
          // toJSON(key).
          return new LambdaFunction(
              this,
              "toJSON",
              0,
              (cx, scope, thisObj, args) ->
                  NodeNames.toScript(scope, NodeNames.invoke(toJson, javaObject), toJson.getReturnType()));
        }
      }
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

    /**
     * {@code view[Symbol.iterator]}: in JavaScript the same function as {@code view.values}, so
     * {@code for (const b of view)} iterates what the Java object's {@code values()} returns.
     */
    @Override
    public @Nullable Object get(Symbol key, Scriptable start) {
      Method values = SymbolKey.ITERATOR.equals(key) ? NodeNames.valuesMethod(javaObject.getClass()) : null;
      if (values == null) {
        return super.get(key, start);
      }
      return new LambdaFunction(
          this,
          "[Symbol.iterator]",
          0,
          (cx, scope, thisObj, args) -> {
            Scriptable iterable =
                (Scriptable) NodeNames.toScript(scope, NodeNames.invoke(values, javaObject), values.getReturnType());
            Callable iterator = (Callable) ScriptableObject.getProperty(iterable, SymbolKey.ITERATOR);
            return iterator.call(cx, scope, iterable, args);
          });
    }

    @Override
    public boolean has(Symbol key, Scriptable start) {
      return (SymbolKey.ITERATOR.equals(key) && NodeNames.valuesMethod(javaObject.getClass()) != null)
          || super.has(key, start);
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
        NodeNames.invoke(put, javaObject, index, NodeNames.elementValue(put, value));
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
