// section: buffer.btoa(data)

// case: encodes
console.log(buffer.btoa('hello'), buffer.btoa(''), buffer.btoa('a'), buffer.btoa('ab'), buffer.btoa('abc'));

// case: latin1-characters
// Each character U+0000..U+00FF is one byte.
console.log(buffer.btoa('\u00ff\u00fe\u0000'), buffer.btoa('\u00e9t\u00e9'));

// case: round-trip
console.log(buffer.atob(buffer.btoa('\u0000\u0001\u007f\u0080\u00ff')) === '\u0000\u0001\u007f\u0080\u00ff');

// case: character-above-ff
buffer.btoa('\u20ac');

// case: surrogate-pair
buffer.btoa('a\ud83d\ude00');

// case: undefined
console.log(buffer.btoa(undefined));

// case: null
// needs: loose-types
console.log(buffer.btoa(null));
