import { describe, expect, it } from 'vitest';

import { base64Url, datasetManifestOf, manifestOf, PARTS, signed, TABLE_PARTS } from '@/testing/manifest-fixtures';

import { checkFile, merkleRoot, verifyManifest } from './manifest-verification';

const encoder = new TextEncoder();

describe('manifest verification', () => {
  it('verifies a manifest signed by a published key and a file made of its parts', async () => {
    const manifest = await manifestOf(PARTS);
    const { jws, keys } = await signed(manifest);

    const verification = await verifyManifest(jws, keys);

    expect(verification).toEqual({ verified: true, kid: 'key-1', keyStatus: 'active', manifest });
    expect(await checkFile(new Blob(PARTS), manifest.output)).toEqual({ matches: true });
  });

  it('refuses a changed manifest, and a key the platform does not publish', async () => {
    const manifest = await manifestOf(PARTS);
    const { jws, keys } = await signed(manifest);
    const changed = {
      ...jws,
      payload: base64Url(encoder.encode(JSON.stringify({ ...manifest, rows: { ...manifest.rows, seed: 8 } }))),
    };

    expect(await verifyManifest(changed, keys)).toEqual({
      verified: false,
      reason: 'the signature does not match key key-1: the manifest was changed',
    });
    expect(await verifyManifest(jws, { keys: [] })).toEqual({
      verified: false,
      reason: 'it names key key-1, which the platform does not publish',
    });
  });

  it('names the part of a file that differs, and a file of another length', async () => {
    const manifest = await manifestOf(PARTS);

    expect(await checkFile(new Blob([PARTS[0], '2,Grace\n3,Edsgar\n', PARTS[2]]), manifest.output)).toEqual({
      matches: false,
      reason: 'part 1 of 3 differs from the manifest',
    });
    expect(await checkFile(new Blob([PARTS[0], PARTS[1]]), manifest.output)).toEqual({
      matches: false,
      reason: `the file has ${manifest.output.bytes - PARTS[2].length} bytes; the manifest gives ${manifest.output.bytes}`,
    });
  });

  it('verifies a dataset manifest and checks each table file against its own parts', async () => {
    const manifest = await datasetManifestOf(TABLE_PARTS);
    const { jws, keys } = await signed(manifest);
    const [customers, orders] = manifest.output.tables ?? [];

    expect(await verifyManifest(jws, keys)).toEqual({ verified: true, kid: 'key-1', keyStatus: 'active', manifest });
    expect(await checkFile(new Blob(TABLE_PARTS.orders), orders)).toEqual({ matches: true });
    expect(await checkFile(new Blob(['customer_id\n1\n', '3\n']), customers)).toEqual({
      matches: false,
      reason: 'part 1 of 2 differs from the manifest',
    });
  });

  it('refuses a dataset manifest whose tables do not give its root', async () => {
    const manifest = await datasetManifestOf(TABLE_PARTS);
    const other = await datasetManifestOf({ ...TABLE_PARTS, orders: ['order_id,customer_id\n9,9\n'] });
    const { jws, keys } = await signed({ ...manifest, output: { ...manifest.output, tables: other.output.tables } });

    expect(await verifyManifest(jws, keys)).toEqual({
      verified: false,
      reason: 'the parts listed do not give the signed Merkle root',
    });
  });

  it('computes the RFC 6962 root the engine signs (three parts split two and one)', async () => {
    const digests = await Promise.all(
      PARTS.map(async (part) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(part)))),
    );
    const leaf = async (digest: Uint8Array) =>
      new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([0, ...digest])));
    const node = async (left: Uint8Array, right: Uint8Array) =>
      new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([1, ...left, ...right])));
    const expected = await node(await node(await leaf(digests[0]), await leaf(digests[1])), await leaf(digests[2]));

    expect(await merkleRoot(digests)).toBe(Array.from(expected, (byte) => byte.toString(16).padStart(2, '0')).join(''));
  });
});
