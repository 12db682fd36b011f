// Generates media/icon.png (128x128): a teal rounded square with a white balance mark.
// Run: node media/make-icon.js. No dependencies (zlib + a hand-written PNG encoder).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const N = 128;
const px = Buffer.alloc(N * N * 4);
const set = (x, y, [r, g, b, a]) => px.set([r, g, b, a], (y * N + x) * 4);
const inRounded = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), N - 1 - r);
  const cy = Math.min(Math.max(y, r), N - 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const white = [255, 255, 255, 255];
for (let y = 0; y < N; y++) {
  for (let x = 0; x < N; x++) {
    if (!inRounded(x, y, 22)) continue;
    const t = y / N; // gentle vertical gradient
    set(x, y, [Math.round(12 + 10 * t), Math.round(128 - 30 * t), Math.round(132 - 20 * t), 255]);
    const inBar = y >= 38 && y <= 43 && x >= 26 && x <= 101; // the beam
    const inPost = x >= 61 && x <= 66 && y >= 30 && y <= 98; // the post
    const inBase = y >= 94 && y <= 99 && x >= 44 && x <= 83;
    const pan = (cx) => y >= 62 && y <= 70 && Math.abs(x - cx) <= 16 - (y - 62) && y >= 62; // pans as bowls
    const string = (cx) => (Math.abs(x - (cx - 8 + (y - 43) * 0.42)) < 1.4 || Math.abs(x - (cx + 8 - (y - 43) * 0.42)) < 1.4) && y > 43 && y < 62;
    if (inBar || inPost || inBase || pan(36) || pan(91) || string(36) || string(91)) set(x, y, white);
  }
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) px.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
fs.writeFileSync(path.join(__dirname, 'icon.png'), png);
