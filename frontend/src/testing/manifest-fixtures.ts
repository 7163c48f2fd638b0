import { merkleRoot, type KeySet, type Manifest, type SignedManifest } from '@/lib/manifest-verification';

const encoder = new TextEncoder();

/** Three CSV parts; joined, they are the download. */
export const PARTS = ['id,name\n1,Ada\n', '2,Grace\n3,Edsger\n', '4,Barbara\n'];

export function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export async function hexDigest(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A dataset's tables and their parts; each table's download is its parts joined. */
export const TABLE_PARTS = {
  customers: ['customer_id\n1\n', '2\n'],
  orders: ['order_id,customer_id\n1,1\n', '2,2\n3,2\n'],
};

const fromHex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));

async function describe(parts: string[]) {
  const described = await Promise.all(
    parts.map(async (part, index) => ({ index, bytes: encoder.encode(part).length, sha256: await hexDigest(part) })),
  );
  const root = await merkleRoot(described.map((part) => fromHex(part.sha256)));
  return { bytes: described.reduce((sum, part) => sum + part.bytes, 0), parts: described, merkleRoot: root };
}

/** A dataset's manifest: each table with its parts and root, the dataset's root over the tables' roots. */
export async function datasetManifestOf(tables: Record<string, string[]>): Promise<Manifest> {
  const described = await Promise.all(
    Object.entries(tables).map(async ([name, parts]) => ({ name, rows: parts.length, ...(await describe(parts)) })),
  );
  const manifest = await manifestOf(Object.values(tables)[0]);
  return {
    ...manifest,
    job: { id: 'j1-0000-0000', kind: 'dataset' },
    output: {
      format: 'csv',
      compression: 'gzip',
      bytes: described.reduce((sum, table) => sum + table.bytes, 0),
      parts: [],
      merkleRoot: await merkleRoot(described.map((table) => fromHex(table.merkleRoot))),
      tables: described,
    },
  };
}

/** The manifest of these parts, its digests and Merkle root computed as the engine does. */
export async function manifestOf(parts: string[]): Promise<Manifest> {
  const { bytes, parts: described, merkleRoot: root } = await describe(parts);
  return {
    manifestVersion: 1,
    platform: 'synthesis',
    job: { id: 'job-1', kind: 'generation' },
    schema: { id: 'schema-1', name: 'people', version: 2, sha256: '00'.repeat(32) },
    model: null,
    rows: { seed: 7, firstRow: 0, count: 4 },
    output: {
      format: 'csv',
      compression: 'none',
      bytes,
      parts: described,
      merkleRoot: root,
    },
    scores: { quality: null, privacy: null },
    privacy: {
      enabled: false,
      epsilon: null,
      delta: null,
      epsilonSpent: 0,
      deltaSpent: 0,
      notLearned: [],
      ledgerEntry: null,
    },
    createdAt: '2026-12-05T03:00:00Z',
  };
}

/** The manifest signed as a JWS with a fresh Ed25519 key, and a key set publishing that key as key-1. */
export async function signed(manifest: Manifest) {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const kid = 'key-1';
  const header = base64Url(encoder.encode(JSON.stringify({ alg: 'EdDSA', kid })));
  const payload = base64Url(encoder.encode(JSON.stringify(manifest)));
  const signature = await crypto.subtle.sign(
    { name: 'Ed25519' },
    pair.privateKey,
    encoder.encode(`${header}.${payload}`),
  );
  const keys: KeySet = { keys: [{ kty: 'OKP', crv: 'Ed25519', x: jwk.x ?? '', kid, status: 'active' }] };
  const jws: SignedManifest = { protected: header, payload, signature: base64Url(new Uint8Array(signature)) };
  return { jws, keys };
}
