// section: buffer.atob(data)

// case: decodes
console.log(buffer.atob('aGVsbG8='), buffer.atob('aGVsbG8'), buffer.atob(''));

// case: latin1-result
// One character per byte, U+0000..U+00FF.
console.log(buffer.atob('/w=='), buffer.atob('AP8='), buffer.atob('AA==').length);

// case: whitespace-ignored
// Space, TAB, LF, FF and CR, anywhere, even between padding characters.
console.log(buffer.atob(' aGVs\tbG8=\n'), buffer.atob('ab=\n='), buffer.atob('\r\f'));

// case: unused-bits-ignored
console.log(buffer.atob('AB'), buffer.atob('QR=='), buffer.atob('QQ'));

// case: padding-completes-the-last-group
console.log(buffer.atob('ab=='), buffer.atob('abc='), buffer.atob('ab'), buffer.atob('abc'));

// case: one-padding-too-few
buffer.atob('ab=');

// case: padding-after-whole-group
buffer.atob('abcd=');

// case: three-padding
buffer.atob('a===');

// case: padding-alone
buffer.atob('==');

// case: base64url-characters
buffer.atob('ab-_');

// case: non-latin1-character
buffer.atob('ab\u0100c');

// case: vertical-tab-is-no-whitespace
buffer.atob('ab\u000bcd');

// case: length-one-more-than-a-multiple-of-four
buffer.atob('abcde');

// case: padding-does-not-count
// The padding comes off first; "a" alone is then one character too many.
buffer.atob('a==');

// case: invalid-character-wins
// 9 characters (one too many for whole groups), but the two '=' are not padding here.
buffer.atob('aGVsbG8==');

// case: undefined
// undefined is stringified: "undefined" has 9 characters.
buffer.atob(undefined);

// case: null
// needs: loose-types
console.log(buffer.atob(null));
