// section: buffer.constants

// case: max-length-values
// java-skip: the limits are Java's here (Integer.MAX_VALUE - 8 bytes; Node 22's 2^53 - 1 does not fit a Java array); BufferFactoriesTest checks them
console.log(buffer.constants.MAX_LENGTH, buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength);

// case: aliases
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength);

// case: max-length-bounds
console.log(buffer.kMaxLength >= 2147483639, buffer.kMaxLength <= 9007199254740991, buffer.kStringMaxLength <= buffer.kMaxLength);

// case: max-string-length
console.log(buffer.kStringMaxLength, (buffer.kStringMaxLength).toString(16));
