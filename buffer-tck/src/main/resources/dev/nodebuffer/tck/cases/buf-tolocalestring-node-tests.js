// section: buf.toLocaleString(), buf.parent, buf.offset
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: parents-of-views
const p = Buffer.allocUnsafe(5);
const q = p.slice(0, 4);
const r = q.slice(0, 2);
const s = Buffer.allocUnsafeSlow(5);
const t = s.slice(0, 4);
const u = t.slice(0, 2);
console.log(p.parent === q.parent, p.parent === r.parent, s.parent === u.parent, t.parent === u.parent, Buffer.alloc(128).offset);

// case: parent-of-an-array-buffer-view
const ab = new ArrayBuffer(0);
const z = Buffer.alloc(0);
console.log(Buffer.from(ab).parent === ab, Buffer.from(ab).buffer === ab, z.parent === z.buffer, z.parent.byteLength);
