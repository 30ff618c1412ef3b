/** Bytes of an input file → the document text the contract's offsets refer to. */
export interface Decoded {
  text: string;
  /** Something the user should hear about, though the text is usable. */
  warning?: string;
}

export class BinaryInputError extends Error {}

const SNIFF_LENGTH = 8192;

export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const sniff = bytes.subarray(0, SNIFF_LENGTH);
  if (sniff.includes(0)) throw new BinaryInputError('binary file (NUL bytes), not text');
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), warning: 'invalid UTF-8, decoded with replacement characters' };
  }
}

/**
 * Decodes a byte stream chunk by chunk (for files too big to hold): BOMs, UTF-16, binary
 * detection on the first chunk, invalid UTF-8 replaced with a warning.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, warn: (message: string) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let lenient = false;
  for await (const raw of chunks) {
    let chunk = raw;
    if (!decoder) {
      if (chunk.length >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe) {
        decoder = new TextDecoder('utf-16le');
        chunk = chunk.subarray(2);
      } else if (chunk.length >= 2 && chunk[0] === 0xfe && chunk[1] === 0xff) {
        decoder = new TextDecoder('utf-16be');
        chunk = chunk.subarray(2);
      } else {
        if (chunk.subarray(0, SNIFF_LENGTH).includes(0)) throw new BinaryInputError('binary file (NUL bytes), not text');
        if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
        decoder = new TextDecoder('utf-8', { fatal: true });
      }
    }
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      if (lenient) throw new Error('decoder failed');
      lenient = true;
      warn('invalid UTF-8, decoded with replacement characters');
      decoder = new TextDecoder('utf-8');
      yield decoder.decode(chunk, { stream: true });
    }
  }
  if (decoder) yield decoder.decode();
}
