import { z } from 'zod';

/** Settings the server hands the SPA at start, so one build runs against any Keycloak. */
const runtimeConfigSchema = z.object({
  issuer: z.string().min(1),
  clientId: z.string().min(1),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export const RUNTIME_CONFIG_PATH = '/app-config.json';

export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchFn(RUNTIME_CONFIG_PATH, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${RUNTIME_CONFIG_PATH} answered ${response.status}`);
  }
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `"${issue.path.join('.')}" ${issue.message}`);
    throw new Error(`${RUNTIME_CONFIG_PATH} lacks a non-empty setting: ${problems.join('; ')}`);
  }
  return parsed.data;
}
