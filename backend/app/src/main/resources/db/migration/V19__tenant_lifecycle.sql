-- A tenant's lifecycle: platform admins create tenants ahead of their first user and suspend or
-- resume them. created_by is the admin who created the tenant; it stays null for a tenant that
-- registered itself on its first user's call (its name is then its id).
alter table tenants
    add column status       text not null default 'active' check (status in ('active', 'suspended')),
    add column suspended_at timestamptz,
    add column suspended_by text,
    add column created_by   text,
    add check ((status = 'suspended') = (suspended_at is not null and suspended_by is not null));

-- Until now one policy let a tenant read, register and change its own row. A suspended tenant
-- must not be able to resume itself, so a tenant keeps reading and registering its own row, and
-- changing a row becomes the platform admin's alone.
drop policy tenant_isolation on tenants;
create policy tenant_isolation_select on tenants for select
    using (id = current_setting('app.tenant_id'));
create policy tenant_isolation_insert on tenants for insert
    with check (id = current_setting('app.tenant_id'));

-- The admin API lists every tenant, creates tenants that have no user yet and suspends them: work
-- across tenants that the tenant's own policy cannot allow. The app sets app.platform_admin only in
-- transactions begun inside TenantContext.callAsPlatformAdmin, which only /api/admin/** endpoints
-- (realm role platform-admin) call; missing_ok is true because every other transaction never sets
-- it. Policies are permissive, so this one widens the tenant's own policy instead of replacing it.
create policy platform_admin_select on tenants for select
    using (current_setting('app.platform_admin', true) = 'on');
create policy platform_admin_insert on tenants for insert
    with check (current_setting('app.platform_admin', true) = 'on');
create policy platform_admin_update on tenants for update
    using (current_setting('app.platform_admin', true) = 'on')
    with check (current_setting('app.platform_admin', true) = 'on');

-- the app may change a tenant's name and status, never its id or its creation; it deletes no tenant
grant update (name, status, suspended_at, suspended_by) on tenants to ${app_role};
