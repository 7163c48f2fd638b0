import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';

export type Deployment = components['schemas']['DeploymentView'];
export type DeploymentBatch = components['schemas']['Batch'];
export type DeploymentRequest = components['schemas']['DeploymentRequest'];
export type DeploymentPage = components['schemas']['PagedModelDeploymentView'];
export type Schema = components['schemas']['SchemaResponse'];

export const deploymentKeys = {
  all: ['deployments'] as const,
  one: (id: string) => ['deployments', id] as const,
  list: (page: number) => ['deployments', 'list', page] as const,
  schemas: ['deployments', 'schemas'] as const,
};

/** Fields the server fills in when they are left out (see DeploymentRequest on the server). */
export type DeploymentDraft = Pick<DeploymentRequest, 'recordsPerDay' | 'days' | 'startDate' | 'format' | 'gzip'> & {
  seed?: string;
};

export function createDeployment(client: ApiClient, schemaId: string, draft: DeploymentDraft): Promise<Deployment> {
  // the document marks every member required, as it does for any record; the server defaults seed and dateField
  const body = draft as DeploymentRequest;
  return bodyOf(client.api.POST('/api/schemas/{id}/deployments', { params: { path: { id: schemaId } }, body }));
}

export function getDeployment(client: ApiClient, id: string): Promise<Deployment> {
  return bodyOf(client.api.GET('/api/deployments/{id}', { params: { path: { id } } }));
}

export function runNextBatch(client: ApiClient, id: string): Promise<Deployment> {
  return bodyOf(client.api.POST('/api/deployments/{id}/run-next', { params: { path: { id } } }));
}

/** The schemas a deployment can be made from, with their target volumes. */
export async function listSchemas(client: ApiClient): Promise<Schema[]> {
  const page = await bodyOf(
    client.api.GET('/api/schemas', {
      params: { query: { pageable: { page: 0, size: 100 } } },
    }),
  );
  return page.content;
}

export const DEPLOYMENTS_PAGE_SIZE = 20;

/** The tenant's deployments, newest first. */
export function listDeployments(client: ApiClient, page: number): Promise<DeploymentPage> {
  return bodyOf(
    client.api.GET('/api/deployments', {
      params: { query: { pageable: { page, size: DEPLOYMENTS_PAGE_SIZE } } },
    }),
  );
}
