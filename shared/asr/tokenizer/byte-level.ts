/**
 * GPT-2 byte-level alphabet: every byte 0–255 maps to one printable Unicode character, so BPE tokens
 * are plain strings (space → 'Ġ', newline → 'Ċ'). Same table as openai/gpt-2 `bytes_to_unicode` and
 * Hugging Face ByteLevel; tiktoken ranks (raw bytes) are converted into it so both formats share one
 * representation.
 */
function buildByteToChar(): string[] {
  const printable: number[] = [];
  const ranges: [number, number][] = [
    [0x21, 0x7e], // '!'..'~'
    [0xa1, 0xac], // '¡'..'¬'
    [0xae, 0xff], // '®'..'ÿ'
  ];
  for (const [from, to] of ranges) for (let b = from; b <= to; b++) printable.push(b);
  const table = new Array<string>(256);
  let next = 0;
  for (let b = 0; b < 256; b++) {
    // Printable bytes keep their own code point; the rest are shifted past U+0100.
    table[b] = String.fromCharCode(printable.includes(b) ? b : 256 + next++);
  }
  return table;
}

const BYTE_TO_CHAR = buildByteToChar();
const CHAR_TO_BYTE = new Map<string, number>(BYTE_TO_CHAR.map((c, b) => [c, b]));
const utf8Encoder = new TextEncoder();

export function bytesToTokenString(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += BYTE_TO_CHAR[b]!;
  return s;
}

export function textToTokenString(text: string): string {
  return bytesToTokenString(utf8Encoder.encode(text));
}

/** Appends the bytes a byte-level token string stands for; returns false on a character outside the alphabet. */
export function appendTokenBytes(token: string, out: number[]): boolean {
  for (const ch of token) {
    const b = CHAR_TO_BYTE.get(ch);
    if (b === undefined) return false;
    out.push(b);
  }
  return true;
}
