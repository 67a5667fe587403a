package dev.nodebuffer;

/**
 * Calls of the methods whose trailing position arguments are optional in Node, with as many of
 * them as {@code args} holds: its length picks the Java overload, as the number of arguments
 * passed picks Node's defaults. For the search tests, which draw that number.
 */
final class OptionalArgs {

  private OptionalArgs() {}

  /** {@code a.compare(b, targetStart, targetEnd, sourceStart, sourceEnd)}, as far as given. */
  static int compare(Buffer a, Buffer b, int... args) {
    return switch (args.length) {
      case 0 -> a.compare(b);
      case 1 -> a.compare(b, args[0]);
      case 2 -> a.compare(b, args[0], args[1]);
      case 3 -> a.compare(b, args[0], args[1], args[2]);
      default -> a.compare(b, args[0], args[1], args[2], args[3]);
    };
  }

  /** {@code source.copy(target, targetStart, sourceStart, sourceEnd)}, as far as given. */
  static int copy(Buffer source, Buffer target, int... args) {
    return switch (args.length) {
      case 0 -> source.copy(target);
      case 1 -> source.copy(target, args[0]);
      case 2 -> source.copy(target, args[0], args[1]);
      default -> source.copy(target, args[0], args[1], args[2]);
    };
  }
}
