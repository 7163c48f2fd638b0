import type { ApiClient } from '@/lib/api-client';

import type { InstantiateRequest, InstantiatedDataset, Template, TemplateSummary } from './template-types';

export const templateKeys = {
  all: ['templates'] as const,
  one: (id: string) => ['templates', id] as const,
};

export function listTemplates(client: ApiClient): Promise<TemplateSummary[]> {
  return client.send('GET', '/api/templates');
}

export function getTemplate(client: ApiClient, id: string): Promise<Template> {
  return client.send('GET', `/api/templates/${encodeURIComponent(id)}`);
}

export function instantiateTemplate(
  client: ApiClient,
  id: string,
  request: InstantiateRequest,
): Promise<InstantiatedDataset> {
  return client.send('POST', `/api/templates/${encodeURIComponent(id)}/instantiate`, request);
}
