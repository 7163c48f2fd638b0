import type { AuditEvent } from '../api/audit-api';

/** The actions the server records, in words; an action not named here is spelled out from its code. */
const ACTIONS: Record<string, string> = {
  'api-key.created': 'Created an API key',
  'api-key.revoked': 'Revoked an API key',
  'tenant.created': 'Created a tenant',
  'tenant.suspended': 'Suspended a tenant',
  'tenant.resumed': 'Resumed a tenant',
  'quota.updated': 'Changed the limits',
  'job.cancelled': 'Cancelled a job',
};

/** "api-key.created" → "Created an API key"; "schema.archived" → "Schema archived". */
export function actionInWords(action: string): string {
  if (Object.hasOwn(ACTIONS, action)) {
    return ACTIONS[action];
  }
  const words = action
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How the actor had signed in; "system" is Synthesis acting on its own. */
const ACTOR_KINDS: Record<AuditEvent['actorKind'], string> = {
  user: 'user',
  admin: 'platform admin',
  'api-key': 'API key',
  system: 'Synthesis itself',
};

export function actorKindInWords(kind: AuditEvent['actorKind']): string {
  return ACTOR_KINDS[kind];
}
