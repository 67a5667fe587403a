package dev.nodebuffer;

import dev.nodebuffer.DifferentialProgram.Call;
import dev.nodebuffer.DifferentialProgram.Sequence;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The port's side of {@link DifferentialNodeTest}: runs a {@link Sequence} on nodebuffer and answers
 * line for line as {@code src/test/node/differential.js} answers for Node. A call line names a
 * method and typed argument tokens; the overload called is the public method (or constructor) of
 * that name whose parameters take the tokens, the most specific one when several do ({@code i} fits
 * {@code int}, then {@code long}, then {@code double}; {@code j} {@code long}, then {@code double};
 * a slot fits any parameter type it is an instance of; a list fits {@code List}). So every
 * overload the generator reaches is the one a Java caller writing the same call would reach.
 */
final class DifferentialJava {

  private static final Map<String, Class<?>> STATICS =
      Map.of("Buffer", Buffer.class, "Buffers", Buffers.class, "ArrayBuffer", ArrayBuffer.class,
          "Uint8Array", Uint8Array.class);

  private static final Map<String, Executable> RESOLVED = new ConcurrentHashMap<>();

  /** A slot whose making failed; calls that name it answer {@code skip}, as on Node. */
  private static final Object MISSING = new Object();

  private static final class Skip extends Exception {
    private static final long serialVersionUID = 1;

    Skip() {
      super(null, null, false, false);
    }
  }

  private DifferentialJava() {}

  /**
   * What the port did with a sequence: the answer lines (one per call, then {@code mem ...}, then
   * {@code end ID}); the member each call reached ({@code null} for a call that named a missing
   * slot), so that a reproduction can be written in Java; and each call's receiver byte offset
   * ({@code -1} for a static call or a missing slot), which {@link DifferentialNodeTest#KNOWN}
   * looks at.
   */
  record Run(List<String> answers, List<@Nullable Executable> overloads, List<Integer> receiverOffsets) {}

  static Run run(Sequence sequence) {
    Map<String, Object> slots = new LinkedHashMap<>();
    Set<ArrayBuffer> owned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> out = new ArrayList<>();
    List<@Nullable Executable> overloads = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    for (Call call : sequence.calls()) {
      offsets.add(slots.get(call.recv()) instanceof Uint8Array view ? view.byteOffset() : -1);
      out.add(call(call, slots, owned, overloads));
    }
    out.add(memory(slots, owned));
    out.add("end " + sequence.id());
    return new Run(out, overloads, offsets);
  }

  private static String call(
      Call call,
      Map<String, Object> slots,
      Set<ArrayBuffer> owned,
      List<@Nullable Executable> overloads) {
    String result;
    overloads.add(null);
    try {
      Class<?> type = STATICS.get(call.recv());
      Object recv = type != null ? type : slot(slots, call.recv());
      @Nullable Object[] args = new Object[call.args().size()];
      for (int a = 0; a < args.length; a++) {
        args[a] = argValue(call.args().get(a), slots);
      }
      Executable target = resolve(call, type != null ? type : recv.getClass(), type != null, args);
      overloads.set(overloads.size() - 1, target);
      Object value;
      try {
        value =
            target instanceof Constructor<?> c
                ? c.newInstance(args)
                : ((Method) target).invoke(type != null ? null : recv, args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NodeError error) {
          String code = error.code();
          result = "err " + error.name() + " " + (code == null ? "undefined" : code) + " "
              + escape(cause.getMessage());
        } else {
          result = "javaerr " + cause;
        }
        if (!call.dst().equals("-")) {
          slots.put(call.dst(), MISSING);
        }
        return result;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(call.line(), e);
      }
      if ((call.recv().equals("Buffer") && call.method().equals("alloc"))
          || (call.recv().equals("ArrayBuffer") && call.method().equals("new"))) {
        owned.add(value instanceof ArrayBuffer ab ? ab : ((Uint8Array) value).buffer());
      }
      if (!call.dst().equals("-")) {
        slots.put(call.dst(), value == null ? MISSING : value);
      }
      boolean isVoid = target instanceof Method m && m.getReturnType() == void.class;
      return isVoid ? "undefined" : format(value, recv, owned);
    } catch (Skip e) {
      if (!call.dst().equals("-")) {
        slots.put(call.dst(), MISSING);
      }
      return "skip";
    }
  }

  private static Object slot(Map<String, Object> slots, String name) throws Skip {
    Object v = slots.get(name);
    if (v == null || v == MISSING) {
      throw new Skip();
    }
    return v;
  }

  private static @Nullable Object argValue(String token, Map<String, Object> slots) throws Skip {
    switch (token.charAt(0)) {
      case 'i':
        return Integer.parseInt(token.substring(1));
      case 'j':
        return Long.parseLong(token.substring(1));
      case 'd':
        return Double.longBitsToDouble(Long.parseUnsignedLong(token.substring(1), 16));
      case 'n':
        return new BigInteger(token.substring(1));
      case 's':
        return DifferentialProgram.units(token);
      case 'u':
        return null;
      case 'b':
        return slot(slots, token.substring(1));
      case 'L':
        List<Object> list = new ArrayList<>();
        if (token.length() > 1) {
          for (String name : token.substring(1).split(",", -1)) {
            list.add(slot(slots, name.substring(1)));
          }
        }
        return list;
      default:
        throw new AssertionError("bad token " + token);
    }
  }

  /**
   * The overload a call reaches, found once per shape (receiver class, name, token kinds, slot
   * classes): the public member of that name and arity whose parameters take every
   * argument, ranked by {@link #cost} and then by specificity.
   */
  static Executable resolve(Call call, Class<?> owner, boolean isStatic, @Nullable Object[] args) {
    StringBuilder key = new StringBuilder(owner.getName()).append('.').append(call.method());
    for (int a = 0; a < args.length; a++) {
      char kind = call.args().get(a).charAt(0);
      Object arg = args[a];
      key.append(' ').append(kind == 'b' && arg != null ? arg.getClass().getName() : String.valueOf(kind));
    }
    return RESOLVED.computeIfAbsent(
        key.toString(),
        k -> {
          List<Executable> candidates = new ArrayList<>();
          if (call.method().equals("new")) {
            candidates.addAll(Arrays.asList(owner.getConstructors()));
          } else {
            for (Method m : owner.getMethods()) {
              // Bridges included: javac makes Buffer's public methods inherited from its
              // package-private superclasses into bridges, and a covariant bridge calls the same code.
              if (m.getName().equals(call.method())
                  && Modifier.isStatic(m.getModifiers()) == isStatic) {
                candidates.add(m);
              }
            }
          }
          Executable best = null;
          int bestCost = Integer.MAX_VALUE;
          for (Executable e : candidates) {
            if (e.getParameterCount() != args.length) {
              continue;
            }
            int cost = 0;
            for (int a = 0; a < args.length && cost < Integer.MAX_VALUE; a++) {
              int c = cost(call.args().get(a).charAt(0), args[a], e.getParameterTypes()[a]);
              cost = c < 0 ? Integer.MAX_VALUE : cost + c;
            }
            if (cost < bestCost || (cost == bestCost && best != null && moreSpecific(e, best))) {
              best = e;
              bestCost = cost;
            }
          }
          if (best == null) {
            throw new AssertionError("no overload of " + owner.getSimpleName() + " for " + call.line());
          }
          best.setAccessible(true);
          return best;
        });
  }

  private static int cost(char kind, @Nullable Object arg, Class<?> parameter) {
    switch (kind) {
      case 'i':
        return parameter == int.class ? 0 : parameter == long.class ? 1 : parameter == double.class ? 2 : -1;
      case 'j':
        return parameter == long.class ? 0 : parameter == double.class ? 1 : -1;
      case 'd':
        return parameter == double.class ? 0 : -1;
      case 'n':
        return parameter == BigInteger.class ? 0 : -1;
      case 's':
      case 'u':
        return parameter == String.class ? 0 : -1;
      case 'b':
        return parameter.isInstance(arg) ? 0 : -1;
      case 'L':
        return parameter == List.class ? 0 : -1;
      default:
        return -1;
    }
  }

  private static boolean moreSpecific(Executable a, Executable b) {
    Class<?>[] pa = a.getParameterTypes();
    Class<?>[] pb = b.getParameterTypes();
    for (int i = 0; i < pa.length; i++) {
      if (!pb[i].isAssignableFrom(pa[i])) {
        return false;
      }
    }
    return true;
  }

  // ---- answers, formatted as differential.js formats Node's ----

  static String format(@Nullable Object v, Object recv, Set<ArrayBuffer> owned) {
    if (v == null) {
      return "undefined";
    } else if (v instanceof Boolean) {
      return v.toString();
    } else if (v instanceof Integer || v instanceof Long) {
      return formatNumber(((Number) v).longValue());
    } else if (v instanceof Double d) {
      return formatNumber(d);
    } else if (v instanceof BigInteger) {
      return "n" + v;
    } else if (v instanceof String s) {
      return "s:" + escape(s);
    } else if (v == recv) {
      return "this";
    } else if (v instanceof ArrayBuffer ab) {
      return "ArrayBuffer[" + ab.byteLength() + "] " + hex(new Uint8Array(ab));
    } else if (v instanceof Uint8Array u) {
      String kind = u instanceof Buffer ? "Buffer" : u.getClass().getSimpleName();
      String at = owned.contains(u.buffer()) ? "@" + u.byteOffset() : "";
      return kind + "[" + u.length() + "]" + at + " " + hex(u);
    } else if (v instanceof Map<?, ?> json) {
      StringBuilder data = new StringBuilder();
      for (Object b : (List<?>) java.util.Objects.requireNonNull(json.get("data"))) {
        data.append(data.length() == 0 ? "" : ",").append(b);
      }
      return "json " + json.get("type") + " " + data;
    }
    return "other " + v;
  }

  private static final long MAX_SAFE = (1L << 53) - 1;

  private static String formatNumber(long v) {
    return Math.abs(v) <= MAX_SAFE ? Long.toString(v) : formatNumber((double) v);
  }

  private static String formatNumber(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    } else if (v == 0 && 1 / v < 0) {
      return "-0";
    } else if (v == Math.rint(v) && Math.abs(v) <= MAX_SAFE) {
      return Long.toString((long) v);
    }
    return "d" + String.format("%016x", Double.doubleToRawLongBits(v));
  }

  static String escape(@Nullable String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7e && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  static String hex(Uint8Array view) {
    StringBuilder h = new StringBuilder(view.length() * 2);
    for (int i = 0; i < view.length(); i++) {
      int b = view.get(i);
      h.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
    }
    return h.toString();
  }

  /** {@code differential.js}'s {@code memory}: owned backings whole and once, else the view. */
  private static String memory(Map<String, Object> slots, Set<ArrayBuffer> owned) {
    List<ArrayBuffer> seen = new ArrayList<>();
    StringBuilder line = new StringBuilder("mem");
    for (Map.Entry<String, Object> e : slots.entrySet()) {
      Object v = e.getValue();
      ArrayBuffer backing;
      if (v instanceof ArrayBuffer ab) {
        backing = ab;
      } else if (v instanceof ArrayBufferView view) {
        backing = view.buffer();
      } else {
        continue;
      }
      if (owned.contains(backing)) {
        if (seen.stream().anyMatch(s -> s == backing)) {
          continue;
        }
        seen.add(backing);
        line.append(' ').append(e.getKey()).append("=A").append(seen.size() - 1).append(':')
            .append(hex(new Uint8Array(backing)));
      } else {
        line.append(' ').append(e.getKey()).append("=V:").append(hex((Uint8Array) v));
      }
    }
    return line.toString();
  }
}
