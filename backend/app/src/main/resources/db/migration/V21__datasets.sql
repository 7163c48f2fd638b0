-- Datasets: several of the tenant's schemas, each one a table, linked by foreign keys. The tables
-- stay ordinary schemas (edited in the designer, versioned there); a dataset holds the links and the
-- relationships between them. Tenant-owned like schemas: row-level security enabled and forced.
create table datasets (
    id            uuid primary key,
    tenant_id     text         not null references tenants (id),
    name          varchar(255) not null,
    description   text,
    domain        varchar(100),
    version       integer      not null check (version > 0),
    relationships jsonb        not null,
    created_at    timestamptz  not null,
    created_by    text         not null,
    updated_at    timestamptz  not null,
    updated_by    text         not null,
    deleted_at    timestamptz,
    -- lets the tables reference (tenant, dataset) together, so no link can point into another tenant
    unique (tenant_id, id)
);
create unique index datasets_live_name on datasets (tenant_id, lower(name)) where deleted_at is null;
create index datasets_tenant_updated on datasets (tenant_id, updated_at desc);

-- One row per table of a dataset, in the dataset's order. The table keeps the name it was linked
-- with (relationships refer to it), whatever the schema is renamed to later. Both foreign keys carry
-- the tenant, so a dataset can only link its own tenant's schemas. Table names are unique per
-- dataset, checked by the app: a unique index would refuse reordering two tables in one update.
create table dataset_tables (
    dataset_id uuid         not null,
    position   integer      not null check (position >= 0),
    tenant_id  text         not null,
    table_name varchar(255) not null,
    schema_id  uuid         not null,
    primary key (dataset_id, position),
    foreign key (tenant_id, dataset_id) references datasets (tenant_id, id),
    foreign key (tenant_id, schema_id) references data_schemas (tenant_id, id)
);
-- "which live dataset uses this schema?", asked before a schema is deleted
create index dataset_tables_schema on dataset_tables (tenant_id, schema_id);

alter table datasets enable row level security;
alter table datasets force row level security;
create policy tenant_isolation on datasets
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table dataset_tables enable row level security;
alter table dataset_tables force row level security;
create policy tenant_isolation on dataset_tables
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

revoke all on datasets, dataset_tables from ${app_role};
-- datasets are soft-deleted (deleted_at) like schemas, so jobs made from them stay traceable
grant select, insert, update on datasets to ${app_role};
-- an update replaces a dataset's table links
grant select, insert, update, delete on dataset_tables to ${app_role};
