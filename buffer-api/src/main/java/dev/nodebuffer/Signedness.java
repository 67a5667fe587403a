package dev.nodebuffer;

/**
 * Whether an integer read or write is two's complement ({@link #SIGNED}, {@code writeInt16LE},
 * {@code writeBigInt64LE} ...) or not ({@link #UNSIGNED}, {@code writeUInt16LE} ...): it decides
 * the range Node accepts and the range its {@code ERR_OUT_OF_RANGE} message states.
 */
enum Signedness {
  SIGNED,
  UNSIGNED
}
