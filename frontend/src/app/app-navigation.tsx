import { NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { NavLink } from 'react-router';

import { isPlatformAdmin } from '@/features/session/api/me-api';
import { useMe } from '@/features/session/hooks/use-me';

const SECTIONS = [
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/seeds', label: 'Seeds' },
  { to: '/schemas', label: 'Schemas' },
  { to: '/datasets', label: 'Datasets' },
  { to: '/templates', label: 'Templates' },
  { to: '/jobs', label: 'Jobs' },
  { to: '/deployments', label: 'Deployments' },
  { to: '/keys', label: 'API keys' },
  { to: '/usage', label: 'Usage' },
  { to: '/audit', label: 'Audit trail' },
] as const;

const ADMIN_SECTIONS = [
  { to: '/admin/tenants', label: 'Tenants' },
  { to: '/admin/jobs', label: 'Jobs of all tenants' },
  { to: '/admin/audit', label: 'Audit of all tenants' },
] as const;

function Links({
  sections,
  onNavigate,
}: {
  sections: readonly { to: string; label: string }[];
  onNavigate: () => void;
}) {
  return sections.map((section) => (
    <MantineNavLink key={section.to} component={NavLink} to={section.to} label={section.label} onClick={onNavigate} />
  ));
}

/** The app's sections, and the admin area's for platform admins only. */
export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const me = useMe();
  const admin = me.data !== undefined && isPlatformAdmin(me.data);
  return (
    <>
      <Links sections={SECTIONS} onNavigate={onNavigate} />
      {admin && (
        <Stack gap={0} mt="md" role="group" aria-labelledby="admin-navigation">
          <Text id="admin-navigation" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
            Platform admin
          </Text>
          <Links sections={ADMIN_SECTIONS} onNavigate={onNavigate} />
        </Stack>
      )}
    </>
  );
}
