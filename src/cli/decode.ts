// Bytes <-> text the way real repositories hold articles: UTF-8 with or without a BOM, UTF-16 LE/BE
// with a BOM, the odd invalid UTF-8 byte, and binary files that only look like articles.

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export type Decoded =
  | {
      kind: 'text';
      text: string;
      encoding: Encoding;
      /** The bytes do not round-trip (invalid UTF-8, or UTF-16 with a lone surrogate or an odd byte): never written back. */
      lossy: boolean;
      /** NUL bytes in an otherwise textual file (kept, and linted around). */
      nuls?: number;
    }
  | { kind: 'binary' };

/** More NUL bytes than one per this many bytes make a file binary (UTF-16 without a BOM has one every other byte). */
export const BYTES_PER_NUL = 1000;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

/**
 * Decodes file bytes. The BOM stays in the text as U+FEFF (the core strips it for offsets, and
 * keeps it when fixing), so encoding the text again gives the same BOM back.
 */
export function decode(bytes: Uint8Array): Decoded {
  for (const [encoding, decoder] of [['utf16le', utf16le], ['utf16be', utf16be]] as const) {
    if (encoding === 'utf16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff) {
      const text = decoder.decode(bytes);
      // Validated like UTF-8: a lone surrogate or an odd trailing byte does not come back as it was.
      return { kind: 'text', text, encoding, lossy: !Buffer.from(bytes).equals(encode(text, encoding)) };
    }
  }
  let nuls = 0;
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) nuls++;
  // A stray NUL does not make an article binary (that would let one byte skip the linter).
  if (nuls && nuls * BYTES_PER_NUL > bytes.length) return { kind: 'binary' };
  const extra = nuls ? { nuls } : {};
  try {
    return { kind: 'text', text: utf8Strict.decode(bytes), encoding: 'utf8', lossy: false, ...extra };
  } catch {
    return { kind: 'text', text: utf8Lossy.decode(bytes), encoding: 'utf8', lossy: true, ...extra };
  }
}

export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf16le' ? le : le.swap16();
}
