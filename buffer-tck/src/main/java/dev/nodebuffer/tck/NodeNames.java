package dev.nodebuffer.tck;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.WrappedException;

/**
 * The naming rule that maps Node's property syntax to Java accessors: reading {@code x.name}
 * calls {@code name()}, assigning it calls {@code setName(value)}, reading {@code x[i]} calls
 * {@code get(i)} and assigning it {@code put(i, value)}. Methods need no mapping: they keep
 * Node's names, and Rhino calls them as they are.
 */
final class NodeNames {
  /** The Node properties (not methods) a case may read; anything else is looked up as a method. */
  static final Set<String> PROPERTIES =
      Set.of(
          "length", "byteLength", "byteOffset", "buffer", "poolSize", "parent", "offset",
          "INSPECT_MAX_BYTES", "kMaxLength", "kStringMaxLength", "constants",
          "MAX_LENGTH", "MAX_STRING_LENGTH", "BYTES_PER_ELEMENT");

  private NodeNames() {}

  /** The accessor for property {@code name} on {@code type}, static or not, or {@code null}. */
  static @Nullable Method getter(Class<?> type, String name, boolean isStatic) {
    if (!PROPERTIES.contains(name)) {
      return null;
    }
    return method(type, name, isStatic);
  }

  /** The setter for property {@code name} on {@code type}, static or not, or {@code null}. */
  static @Nullable Method setter(Class<?> type, String name, boolean isStatic) {
    if (!PROPERTIES.contains(name)) {
      return null;
    }
    String setterName = "set" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    return method(type, setterName, isStatic, int.class);
  }

  /** The index accessor {@code get(int)} on {@code type}, or {@code null}. */
  static @Nullable Method indexGetter(Class<?> type) {
    return method(type, "get", false, int.class);
  }

  /** A public no-argument {@code toJSON()} on {@code type}, or {@code null}. */
  static @Nullable Method toJson(Class<?> type) {
    return method(type, "toJSON", false);
  }

  /** The {@code values()} method behind {@code [Symbol.iterator]} on {@code type}, or {@code null}. */
  static @Nullable Method valuesMethod(Class<?> type) {
    Method values = method(type, "values", false);
    return values != null && Iterable.class.isAssignableFrom(values.getReturnType()) ? values : null;
  }

  /**
   * The index store on {@code type}, or {@code null}: {@code put(int, double)} if there is one
   * (JavaScript stores a Number, which the element type converts), else {@code put(int,
   * BigInteger)} (a BigInt element), else {@code put(int, int)}.
   */
  static @Nullable Method indexSetter(Class<?> type) {
    for (Class<?> value : new Class<?>[] {double.class, BigInteger.class, int.class}) {
      Method put = method(type, "put", false, int.class, value);
      if (put != null) {
        return put;
      }
    }
    return null;
  }

  /**
   * The value JavaScript's {@code view[i] = value} hands to {@code put}'s second parameter: the
   * Number (ToNumber of {@code value}) for a {@code double}, its ToInt32 for an {@code int} (the low
   * bits every integer element keeps), and for a BigInt element the BigInt itself, anything else
   * being V8's {@code TypeError: Cannot convert 1 to a BigInt}.
   */
  static Object elementValue(Method put, Object value) {
    Class<?> type = put.getParameterTypes()[1];
    if (type == double.class) {
      return ScriptRuntime.toNumber(value);
    }
    if (type == int.class) {
      return ScriptRuntime.toInt32(value);
    }
    if (value instanceof BigInteger) {
      return value;
    }
    throw ScriptRuntime.typeError("Cannot convert " + ScriptRuntime.toString(value) + " to a BigInt");
  }

  private static @Nullable Method method(
      Class<?> type, String name, boolean isStatic, Class<?>... parameters) {
    try {
      Method method = type.getMethod(name, parameters);
      return Modifier.isStatic(method.getModifiers()) == isStatic ? method : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Calls {@code method}; a Java exception reaches the script as Rhino reports any Java throw. */
  static @Nullable Object invoke(Method method, @Nullable Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw new WrappedException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Converts a JavaScript value to the Java type of {@code method}'s only parameter. */
  static Object argument(Method method, Object value) {
    return Context.jsToJava(value, method.getParameterTypes()[0]);
  }

  /** Wraps a Java result for the script, {@code undefined} for {@code void} or {@code null}. */
  static @Nullable Object toScript(Scriptable scope, @Nullable Object result, Class<?> type) {
    if (result == null) {
      return type == void.class ? Undefined.instance : null;
    }
    Context cx = Context.getCurrentContext();
    return cx.getWrapFactory().wrap(cx, scope, result, type);
  }
}
