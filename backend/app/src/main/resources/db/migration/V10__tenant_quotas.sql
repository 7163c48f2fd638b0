-- Per-tenant limits set by a platform admin; a tenant without a row gets the platform defaults.
-- No foreign key to tenants: an admin may set a tenant's limits before its first user logs in.
create table tenant_quotas (
    tenant_id      text primary key check (tenant_id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    max_seed_bytes bigint      check (max_seed_bytes > 0),
    updated_by     text        not null,
    updated_at     timestamptz not null
);

alter table tenant_quotas enable row level security;
alter table tenant_quotas force row level security;
create policy tenant_isolation on tenant_quotas
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

revoke all on tenant_quotas from ${app_role};
grant select, insert, update on tenant_quotas to ${app_role};
