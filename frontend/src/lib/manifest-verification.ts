/**
 * Checks a job's signed manifest in the browser, as a recipient would: the JWS signature (RFC 7515
 * flattened JSON, EdDSA of RFC 8037) with WebCrypto's Ed25519 against the platform's published key
 * set, then a local file against the manifest's parts (SHA-256 of each): the whole download of a
 * generation job, or one table's download of a dataset job. The manifest's layout is the signed
 * payload's, not an API response, so its type is written here; it follows the engine's
 * `dev.synthesis.engine.provenance.Manifest`.
 */

import type { components } from '@/api/schema.gen';

export type SignedManifest = components['schemas']['SignedManifest'];
export type KeySet = components['schemas']['JwkSet'];
type PublishedKey = components['schemas']['Jwk'];

export interface ManifestPart {
  index: number;
  bytes: number;
  sha256: string;
}

/** What a file is checked against: a download of these parts joined in order. */
export interface PartsOf {
  bytes: number;
  parts: ManifestPart[];
}

/** One table of a dataset: its download is its parts joined. */
export interface ManifestTable extends PartsOf {
  name: string;
  rows: number;
  merkleRoot: string;
}

export interface Manifest {
  manifestVersion: number;
  platform: string;
  job: { id: string; kind: string };
  schema: { id: string; name: string; version: number; sha256: string };
  model: { trainingRun: string; sha256: string } | null;
  rows: { seed: number; firstRow: number; count: number };
  /** A dataset's `parts` are empty and `merkleRoot` is the tree over its tables' roots, in order. */
  output: {
    format: string;
    compression: string;
    bytes: number;
    parts: ManifestPart[];
    merkleRoot: string;
    tables?: ManifestTable[];
  };
  scores: { quality: number | null; privacy: number | null };
  privacy: {
    enabled: boolean;
    epsilon: number | null;
    delta: number | null;
    epsilonSpent: number;
    deltaSpent: number;
    notLearned: string[];
    ledgerEntry: string | null;
  };
  createdAt: string;
}

export type Verification =
  { verified: true; kid: string; keyStatus: string; manifest: Manifest } | { verified: false; reason: string };

export type FileCheck = { matches: true } | { matches: false; reason: string };

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The JSON a base64url member holds; unknown until the caller has checked what it is. */
function jsonOf(base64Url: string): unknown {
  return JSON.parse(new TextDecoder().decode(fromBase64Url(base64Url)));
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

async function sha256(...pieces: Uint8Array<ArrayBuffer>[]): Promise<ArrayBuffer> {
  const joined = new Uint8Array(pieces.reduce((length, piece) => length + piece.length, 0));
  pieces.reduce((at, piece) => (joined.set(piece, at), at + piece.length), 0);
  return crypto.subtle.digest('SHA-256', joined);
}

/** RFC 6962 tree hash over the parts' digests: leaf SHA-256(0x00 ‖ digest), node SHA-256(0x01 ‖ left ‖ right). */
export async function merkleRoot(partDigests: Uint8Array<ArrayBuffer>[]): Promise<string> {
  async function hash(from: number, to: number): Promise<Uint8Array<ArrayBuffer>> {
    if (to - from === 1) {
      return new Uint8Array(await sha256(new Uint8Array([0]), partDigests[from]));
    }
    let split = 1;
    while (split * 2 < to - from) {
      split *= 2;
    }
    const [left, right] = await Promise.all([hash(from, from + split), hash(from + split, to)]);
    return new Uint8Array(await sha256(new Uint8Array([1]), left, right));
  }
  return partDigests.length === 0 ? hex(await sha256()) : hex((await hash(0, partDigests.length)).buffer);
}

async function signatureHolds(signed: SignedManifest, key: PublishedKey): Promise<boolean> {
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    { kty: key.kty, crv: key.crv, x: key.x },
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
  const signingInput = new TextEncoder().encode(`${signed.protected}.${signed.payload}`);
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, fromBase64Url(signed.signature), signingInput);
}

/** Whether the listed parts, or the tables' parts and roots, give the signed Merkle root. */
async function rootsHold(output: Manifest['output']): Promise<boolean> {
  const rootOf = (parts: ManifestPart[]) => merkleRoot(parts.map((part) => fromHex(part.sha256)));
  if (!output.tables) {
    return (await rootOf(output.parts)) === output.merkleRoot;
  }
  const tableRoots = await Promise.all(output.tables.map((table) => rootOf(table.parts)));
  const tablesHold = output.tables.every((table, index) => tableRoots[index] === table.merkleRoot);
  return tablesHold && (await merkleRoot(tableRoots.map(fromHex))) === output.merkleRoot;
}

/** Checks the signature with the key the header names in the published set, then the manifest's Merkle roots. */
export async function verifyManifest(signed: SignedManifest, keys: KeySet): Promise<Verification> {
  let header: { alg?: string; kid?: string };
  try {
    header = jsonOf(signed.protected) as { alg?: string; kid?: string };
  } catch {
    return { verified: false, reason: 'the manifest’s header cannot be read' };
  }
  const key = keys.keys.find((candidate) => candidate.kid === header.kid);
  if (header.alg !== 'EdDSA' || !key) {
    return { verified: false, reason: `it names key ${header.kid ?? '(none)'}, which the platform does not publish` };
  }
  try {
    if (!(await signatureHolds(signed, key))) {
      return { verified: false, reason: `the signature does not match key ${key.kid}: the manifest was changed` };
    }
  } catch {
    return { verified: false, reason: 'this browser cannot check Ed25519 signatures' };
  }
  // the payload is what the platform's key signed: a manifest of the engine's layout
  const manifest = jsonOf(signed.payload) as Manifest;
  if (!(await rootsHold(manifest.output))) {
    return { verified: false, reason: 'the parts listed do not give the signed Merkle root' };
  }
  return { verified: true, kid: key.kid ?? '', keyStatus: key.status ?? 'active', manifest };
}

/**
 * Hashes a local file part by part against a verified manifest's output, or one of its tables (a
 * download is the parts joined in order).
 */
export async function checkFile(file: Blob, { bytes, parts }: PartsOf): Promise<FileCheck> {
  if (file.size !== bytes) {
    return { matches: false, reason: `the file has ${file.size} bytes; the manifest gives ${bytes}` };
  }
  const differing: number[] = [];
  let offset = 0;
  for (const part of parts) {
    const digest = hex(
      await crypto.subtle.digest('SHA-256', await file.slice(offset, offset + part.bytes).arrayBuffer()),
    );
    if (digest !== part.sha256) {
      differing.push(part.index);
    }
    offset += part.bytes;
  }
  if (differing.length > 0) {
    const which =
      differing.length === 1
        ? `part ${differing[0]} of ${parts.length} differs`
        : `parts ${differing.join(', ')} of ${parts.length} differ`;
    return { matches: false, reason: `${which} from the manifest` };
  }
  return { matches: true };
}
