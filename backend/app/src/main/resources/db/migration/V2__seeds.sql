-- Uploaded seed files: the bytes live in the object store under a tenant-scoped key; this row is
-- written only after the upload was read successfully, so no half-uploaded seed is ever listed.
create table seeds (
    id           uuid primary key,
    tenant_id    text         not null references tenants (id),
    file_name    varchar(255) not null,
    format       varchar(10)  not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    object_key   text         not null,
    row_count    bigint       not null,
    column_count integer      not null,
    created_at   timestamptz  not null default now(),
    created_by   text         not null,
    unique (tenant_id, id)
);
create index seeds_tenant_created on seeds (tenant_id, created_at desc);

alter table seeds enable row level security;
alter table seeds force row level security;
create policy tenant_isolation on seeds
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

revoke all on seeds from ${app_role};
grant select, insert, delete on seeds to ${app_role};
