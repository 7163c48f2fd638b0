import type { GenerationRequest, OutputFormat, Sink } from '../api/generation-api';

export interface GenerationDraft {
  rows: number | string;
  seed: string;
  format: OutputFormat;
  gzip: boolean;
  sink: Sink;
}

export const DEFAULT_DRAFT: GenerationDraft = { rows: 10_000, seed: '', format: 'csv', gzip: true, sink: 'file' };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Why the seed cannot be sent, or null: blank (any) or a whole number that fits 64 bits. */
export function seedError(seed: string): string | null {
  const text = seed.trim();
  if (text === '') {
    return null;
  }
  if (!/^-?\d+$/.test(text)) {
    return 'A seed is a whole number';
  }
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? 'A seed fits in 64 bits (up to 9223372036854775807)' : null;
}

/** Formats compressed by their own design, which the server refuses to gzip, and why. */
const COMPRESSED_INSIDE: Partial<Record<OutputFormat, string>> = {
  xlsx: 'xlsx is compressed already',
  parquet: 'Parquet is compressed inside',
};

/** Why gzip does not apply to the format, or undefined when it does. */
export function whyNoGzip(format: OutputFormat): string | undefined {
  return COMPRESSED_INSIDE[format];
}

export function canGzip(format: OutputFormat): boolean {
  return whyNoGzip(format) === undefined;
}

/**
 * The request for a draft. The seed travels as a string, every digit kept (a JavaScript number
 * would round it); a blank seed is left out and the server picks one at random.
 */
export function toRequest(schemaId: string, draft: GenerationDraft): GenerationRequest {
  const seed = draft.seed.trim();
  const request = {
    schemaId,
    rows: Number(draft.rows),
    format: draft.format,
    gzip: canGzip(draft.format) && draft.gzip,
    sink: draft.sink,
    ...(seed === '' ? {} : { seed }),
  };
  // the document marks seed required, as it does every member of a record; the server takes it as optional
  return request as GenerationRequest;
}
