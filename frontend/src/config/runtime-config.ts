/** Settings the server hands the SPA at start, so one build runs against any Keycloak. */
export interface RuntimeConfig {
  issuer: string;
  clientId: string;
}

export const RUNTIME_CONFIG_PATH = '/app-config.json';

function isRuntimeConfig(value: unknown): value is RuntimeConfig {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.issuer === 'string' &&
    candidate.issuer.length > 0 &&
    typeof candidate.clientId === 'string' &&
    candidate.clientId.length > 0
  );
}

export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchFn(RUNTIME_CONFIG_PATH, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${RUNTIME_CONFIG_PATH} answered ${response.status}`);
  }
  const body: unknown = await response.json();
  if (!isRuntimeConfig(body)) {
    throw new Error(`${RUNTIME_CONFIG_PATH} lacks a non-empty "issuer" or "clientId"`);
  }
  return { issuer: body.issuer, clientId: body.clientId };
}
