import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { patiently } from '@/testing/patiently';
import { A_SECRET, aCreatedApiKey, anApiKey } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { ApiKeysPage } from './api-keys-page';

function showKeysPage(fetchFn: typeof fetch) {
  return renderWithApi(<ApiKeysPage />, fetchFn, { route: '/keys' });
}

describe('ApiKeysPage', () => {
  it('listsKeysByTheirPrefixScopesAndUse', async () => {
    // given an active key and a revoked one
    const fetchFn = stubFetch(
      on('GET', '/api/keys', {
        status: 200,
        body: [anApiKey(), anApiKey({ id: 'key-2', name: 'old script', status: 'revoked', lastUsedAt: null })],
      }),
    );

    // when the page is shown
    showKeysPage(fetchFn);

    // then each key shows its prefix, scopes and state; only the active one can be revoked
    const table = await screen.findByRole('table', { name: 'API keys' });
    const [active, revoked] = within(table).getAllByRole('row').slice(1);
    expect(active).toHaveTextContent('syn_ab12cd34_…');
    expect(within(active).getByText('read')).toBeInTheDocument();
    expect(within(active).getByText('generate')).toBeInTheDocument();
    expect(within(active).getByText('by alice')).toBeInTheDocument();
    expect(within(active).getByText('active')).toBeInTheDocument();
    expect(within(active).getByRole('button', { name: 'Revoke' })).toBeInTheDocument();
    expect(revoked).toHaveTextContent('Not yet');
    expect(within(revoked).getByText('revoked')).toBeInTheDocument();
    expect(within(revoked).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  });

  it('showsANewKeysSecretOnceAndTheListNever', async () => {
    // given no key yet; after the creation the server lists the new one (without its secret)
    let created = false;
    let sent: unknown;
    const fetchFn = stubFetch(
      on('GET', '/api/keys', () => ({ status: 200, body: created ? [anApiKey({ name: 'ci' })] : [] })),
      on('POST', '/api/keys', (request) => {
        sent = request.clone().json();
        created = true;
        return { status: 201, body: aCreatedApiKey({ name: 'ci' }) };
      }),
    );
    showKeysPage(fetchFn);
    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument();

    // when the user names a key, adds the generate scope and creates it
    await userEvent.click(screen.getByRole('button', { name: 'New key' }));
    await userEvent.type(screen.getByLabelText(/^Name/), 'ci');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Generate/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));

    // then the request names it with both scopes and no expiry, and a dialog shows the secret with how to use it
    const dialog = await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(await sent).toEqual({ name: 'ci', scopes: ['read', 'generate'], expiresAt: null });
    expect(dialog).toHaveTextContent('Copy it now: you will not see it again');
    expect(within(dialog).getByText(A_SECRET)).toBeInTheDocument();
    expect(
      within(dialog).getByText(`curl -H "Authorization: Bearer ${A_SECRET}" ${window.location.origin}/api/schemas`),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy the key' })).toBeInTheDocument();

    // and once the dialog is closed, the secret is nowhere, while the list shows the key by its prefix
    await userEvent.click(within(dialog).getByRole('button', { name: 'I have copied it' }));
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(await within(table).findByText('ci')).toBeInTheDocument();
    await vi.waitFor(() => expect(document.body).not.toHaveTextContent(A_SECRET), patiently);
    expect(within(table).getByText('syn_ab12cd34_…')).toBeInTheDocument();
  });

  it('revokesAKeyWithDeleteAfterAsking', async () => {
    // given an active key
    let revoked = false;
    const key = anApiKey();
    const fetchFn = stubFetch(
      on('GET', '/api/keys', () => ({
        status: 200,
        body: [revoked ? anApiKey({ status: 'revoked', revokedAt: '2026-11-25T11:00:00Z' }) : key],
      })),
      on('DELETE', `/api/keys/${key.id}`, () => {
        revoked = true;
        return { status: 204 };
      }),
    );
    showKeysPage(fetchFn);

    // when the user revokes it and confirms
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    expect(screen.getByText('Revoke “nightly export”? Programs using it are refused from now on.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm revoke' }));

    // then DELETE went to the key's address and the list shows it revoked
    expect(await screen.findByText('revoked')).toBeInTheDocument();
    const deletion = fetchFn.mock.calls
      .map(([input]) => input)
      .find((input): input is Request => input instanceof Request && input.method === 'DELETE');
    expect(deletion?.url).toMatch(new RegExp(`/api/keys/${key.id}$`));
    expect(screen.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  });
});
