-- Tenant-owned tables carry tenant_id, and row-level security is enabled AND forced on each, so
-- even the owner cannot read across tenants by accident. The app connects as ${app_role}, which
-- owns nothing, and sets app.tenant_id per transaction. current_setting() without missing_ok makes
-- a connection that never set a tenant fail instead of seeing "all tenants".

create table tenants (
    id         text primary key check (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    name       text        not null,
    created_at timestamptz not null default now()
);

create table data_schemas (
    id                uuid primary key,
    tenant_id         text         not null references tenants (id),
    name              varchar(255) not null,
    description       text,
    domain            varchar(100),
    current_version   integer      not null check (current_version > 0),
    schema_definition jsonb        not null,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    deleted_at        timestamptz,
    -- lets children reference (tenant, schema) together, so no row can point into another tenant
    unique (tenant_id, id)
);
create unique index data_schemas_live_name on data_schemas (tenant_id, lower(name)) where deleted_at is null;
create index data_schemas_tenant_updated on data_schemas (tenant_id, updated_at desc);

-- Every change to a schema is a new immutable row; jobs and models refer to (schema_id, version).
create table data_schema_versions (
    schema_id         uuid        not null,
    version           integer     not null check (version > 0),
    tenant_id         text        not null,
    schema_definition jsonb       not null,
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    primary key (schema_id, version),
    unique (tenant_id, schema_id, version),
    foreign key (tenant_id, schema_id) references data_schemas (tenant_id, id)
);

create table model_metadata (
    id               uuid primary key,
    tenant_id        text         not null,
    schema_id        uuid         not null,
    schema_version   integer      not null,
    field_name       varchar(255),
    model_type       varchar(100) not null,
    training_metrics jsonb        not null default '{}',
    created_at       timestamptz  not null default now(),
    foreign key (tenant_id, schema_id, schema_version) references data_schema_versions (tenant_id, schema_id, version)
);
create index model_metadata_schema on model_metadata (tenant_id, schema_id, schema_version);

create table synthetic_data (
    id             uuid primary key,
    tenant_id      text        not null,
    schema_id      uuid        not null,
    schema_version integer     not null,
    data           jsonb       not null,
    generated_at   timestamptz not null default now(),
    privacy_score  decimal(5, 2),
    quality_score  decimal(5, 2),
    foreign key (tenant_id, schema_id, schema_version) references data_schema_versions (tenant_id, schema_id, version)
);
create index synthetic_data_schema on synthetic_data (tenant_id, schema_id, schema_version);

alter table tenants enable row level security;
alter table tenants force row level security;
create policy tenant_isolation on tenants
    using (id = current_setting('app.tenant_id'))
    with check (id = current_setting('app.tenant_id'));

alter table data_schemas enable row level security;
alter table data_schemas force row level security;
create policy tenant_isolation on data_schemas
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table data_schema_versions enable row level security;
alter table data_schema_versions force row level security;
create policy tenant_isolation on data_schema_versions
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table model_metadata enable row level security;
alter table model_metadata force row level security;
create policy tenant_isolation on model_metadata
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table synthetic_data enable row level security;
alter table synthetic_data force row level security;
create policy tenant_isolation on synthetic_data
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

grant usage on schema public to ${app_role};
revoke all on tenants, data_schemas, data_schema_versions, model_metadata, synthetic_data from ${app_role};
grant select, insert on tenants to ${app_role};
-- schemas are soft-deleted (deleted_at) so versions stay traceable: no DELETE for the app
grant select, insert, update on data_schemas to ${app_role};
-- versions are immutable: the app may only add and read them
grant select, insert on data_schema_versions to ${app_role};
grant select, insert, update, delete on model_metadata to ${app_role};
grant select, insert, update, delete on synthetic_data to ${app_role};
