import type { ApiKeyRequest, Scope } from '../api/api-keys-api';

/** Each scope and, in one line, what a key with it may do; each includes the ones above it. */
export const SCOPES: { scope: Scope; label: string; allows: string }[] = [
  {
    scope: 'read',
    label: 'Read',
    allows: 'Read everything your organisation has: schemas, seeds, jobs, reports, outputs.',
  },
  { scope: 'generate', label: 'Generate', allows: 'Read, and start work: upload seeds, preview, train and generate.' },
  {
    scope: 'manage',
    label: 'Manage',
    allows: 'Everything a user of your organisation can do: also change and delete, API keys included.',
  },
];

export interface KeyForm {
  name: string;
  scopes: Scope[];
  /** A day as the date input gives it (YYYY-MM-DD), or empty for a key that does not expire. */
  expiresOn: string;
}

export const EMPTY_KEY_FORM: KeyForm = { name: '', scopes: ['read'], expiresOn: '' };

/** A key set to expire on a day works through that whole day where the user is. */
export function expiryOf(expiresOn: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expiresOn);
  if (!match) {
    return null;
  }
  const [, year, month, day] = match.map(Number);
  return new Date(year, month - 1, day + 1).toISOString();
}

export function toRequest(form: KeyForm): ApiKeyRequest {
  return { name: form.name.trim(), scopes: form.scopes, expiresAt: expiryOf(form.expiresOn) };
}

/** Today as the date input writes it, in the user's time zone: the earliest day a key can expire. */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
