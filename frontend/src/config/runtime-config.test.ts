import { describe, expect, it, vi } from 'vitest';

import { loadRuntimeConfig } from './runtime-config';

function answering(status: number, body: unknown): typeof fetch {
  return vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

describe('loadRuntimeConfig', () => {
  it('readsIssuerAndClientIdFromTheServer', async () => {
    // given the server's configuration
    const fetchFn = answering(200, {
      issuer: 'http://localhost:8180/realms/synthesis',
      clientId: 'synthesis-spa',
      extra: 1,
    });

    // when it is loaded, then exactly the known settings are kept
    await expect(loadRuntimeConfig(fetchFn)).resolves.toEqual({
      issuer: 'http://localhost:8180/realms/synthesis',
      clientId: 'synthesis-spa',
    });
    expect(fetchFn).toHaveBeenCalledWith('/app-config.json', expect.anything());
  });

  it('rejectsAConfigurationWithoutIssuer', async () => {
    // given a configuration that names no issuer, then loading fails
    await expect(loadRuntimeConfig(answering(200, { clientId: 'synthesis-spa' }))).rejects.toThrow('issuer');
  });

  it('rejectsAFailedResponse', async () => {
    // given the server cannot answer, then loading fails with the status
    await expect(loadRuntimeConfig(answering(500, {}))).rejects.toThrow('500');
  });
});
