// Bytes <-> text the way real repositories hold articles: UTF-8 with or without a BOM, UTF-16 LE/BE
// with a BOM, the odd invalid UTF-8 byte, and binary files that only look like articles.

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding; /** invalid UTF-8 was replaced with U+FFFD */ lossy: boolean }
  | { kind: 'binary' };

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

/**
 * Decodes file bytes. The BOM stays in the text as U+FEFF (the core strips it for offsets, and
 * keeps it when fixing), so encoding the text again gives the same BOM back.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: utf16le.decode(bytes), encoding: 'utf16le', lossy: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: utf16be.decode(bytes), encoding: 'utf16be', lossy: false };
  if (bytes.indexOf(0) >= 0) return { kind: 'binary' };
  try {
    return { kind: 'text', text: utf8Strict.decode(bytes), encoding: 'utf8', lossy: false };
  } catch {
    return { kind: 'text', text: utf8Lossy.decode(bytes), encoding: 'utf8', lossy: true };
  }
}

export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf16le' ? le : le.swap16();
}
