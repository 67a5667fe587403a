// section: buffer.constants

// case: max-length-values
// needs: large-numbers
console.log(buffer.constants.MAX_LENGTH, buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength);

// case: aliases
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength);

// case: max-length-bounds
console.log(buffer.kMaxLength >= 2147483639, buffer.kMaxLength <= 9007199254740991, buffer.kStringMaxLength <= buffer.kMaxLength);

// case: max-string-length
console.log(buffer.kStringMaxLength, (buffer.kStringMaxLength).toString(16));
