import { AppError } from '../../errors.js';

export interface WavFormat {
  encoding: 'pcm' | 'float';
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  blockAlign: number;
}

export interface WavLayout {
  format: WavFormat;
  dataOffset: number;
  dataLength: number;
}

const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_IEEE_FLOAT = 3;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
// Writers that stream to disk and never come back to fix the header leave this size (or 0 in both
// the RIFF and data headers): the data then runs to the end of the file.
const UNKNOWN_SIZE = 0xffffffff;
const CONVERT_HINT = 'convert it to 16-bit PCM WAV (e.g. `sox in.wav -b 16 out.wav`)';

const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError('invalid_audio', message, details === undefined ? undefined : { details });

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!);
}

/** Walks the RIFF chunks (skipping LIST, fact, bext, …, honouring odd-size padding) to find fmt and data. */
export function parseWavLayout(bytes: Uint8Array): WavLayout {
  if (bytes.length < 12) throw invalid(`WAV header is truncated: ${bytes.length} bytes, need at least 12`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riff = fourCC(bytes, 0);
  if (riff === 'RF64') throw invalid(`RF64 (>4 GB) WAV is not supported; ${CONVERT_HINT} in 30 s pieces`);
  if (riff !== 'RIFF' || fourCC(bytes, 8) !== 'WAVE')
    throw invalid('Not a WAV file: missing RIFF/WAVE header');

  let format: WavFormat | undefined;
  let data: { offset: number; length: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = fourCC(bytes, offset);
    const declared = view.getUint32(offset + 4, true);
    const bodyStart = offset + 8;
    const available = bytes.length - bodyStart;
    if (id === 'data') {
      const riffSize = view.getUint32(4, true);
      const placeholder =
        declared === UNKNOWN_SIZE || (declared === 0 && (riffSize === 0 || riffSize === UNKNOWN_SIZE));
      if (placeholder && available > 0) {
        data = { offset: bodyStart, length: available };
        break;
      }
      if (declared > available) {
        throw invalid(
          `WAV data chunk declares ${declared} bytes but only ${available} remain: the file is truncated or its header is wrong`,
          { declared, available },
        );
      }
      data = { offset: bodyStart, length: declared };
    } else if (declared > available) {
      throw invalid(`WAV chunk '${id}' declares ${declared} bytes but only ${available} remain`, {
        chunk: id,
        declared,
        available,
      });
    } else if (id === 'fmt ') {
      format = parseFormat(view, bodyStart, declared);
    }
    // Chunks are word-aligned: an odd-sized chunk is followed by one pad byte.
    offset = bodyStart + declared + (declared % 2);
  }
  if (format === undefined) throw invalid('WAV file has no fmt chunk');
  if (data === undefined) throw invalid('WAV file has no data chunk');
  const usable = data.length - (data.length % format.blockAlign);
  if (usable !== data.length && data.offset + data.length < bytes.length) {
    // A partial frame in the middle of a file means the sizes are inconsistent, not a cut-off tail.
    throw invalid(
      `WAV data chunk size ${data.length} is not a multiple of the frame size ${format.blockAlign} bytes`,
    );
  }
  return { format, dataOffset: data.offset, dataLength: usable };
}

function parseFormat(view: DataView, start: number, size: number): WavFormat {
  if (size < 16) throw invalid(`WAV fmt chunk is ${size} bytes, expected at least 16`);
  let formatTag = view.getUint16(start, true);
  const channels = view.getUint16(start + 2, true);
  const sampleRate = view.getUint32(start + 4, true);
  const blockAlign = view.getUint16(start + 12, true);
  const bitsPerSample = view.getUint16(start + 14, true);
  if (formatTag === WAVE_FORMAT_EXTENSIBLE) {
    if (size < 40) throw invalid(`WAVE_FORMAT_EXTENSIBLE fmt chunk is ${size} bytes, expected 40`);
    // The first two bytes of the SubFormat GUID are the real format tag.
    formatTag = view.getUint16(start + 24, true);
  }
  if (channels === 0) throw invalid('WAV fmt chunk declares 0 channels');
  if (sampleRate === 0) throw invalid('WAV fmt chunk declares a sample rate of 0 Hz');
  let encoding: WavFormat['encoding'];
  if (formatTag === WAVE_FORMAT_PCM) {
    if (bitsPerSample === 8) {
      throw invalid(`8-bit PCM WAV is not supported (too coarse for speech recognition); ${CONVERT_HINT}`);
    }
    if (![16, 24, 32].includes(bitsPerSample)) {
      throw invalid(`${bitsPerSample}-bit PCM WAV is not supported; ${CONVERT_HINT}`);
    }
    encoding = 'pcm';
  } else if (formatTag === WAVE_FORMAT_IEEE_FLOAT) {
    if (bitsPerSample !== 32 && bitsPerSample !== 64) {
      throw invalid(`${bitsPerSample}-bit float WAV is not supported; ${CONVERT_HINT}`);
    }
    encoding = 'float';
  } else {
    throw invalid(
      `WAV encoding 0x${formatTag.toString(16)} (compressed, e.g. ADPCM or µ-law) is not supported; ${CONVERT_HINT}`,
    );
  }
  const expectedAlign = channels * (bitsPerSample / 8);
  if (blockAlign !== expectedAlign) {
    throw invalid(
      `WAV block align ${blockAlign} does not match ${channels} channel(s) × ${bitsPerSample} bits`,
    );
  }
  return { encoding, channels, sampleRate, bitsPerSample, blockAlign };
}
