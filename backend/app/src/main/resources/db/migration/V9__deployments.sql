-- Scenarios: a schema deployed to produce recordsPerDay rows every day for N days. Each day's
-- batch is a generation job over its own row range (so unique values never repeat across days)
-- with one date field set to the batch's day, stored under a dated key.
alter table generation_jobs add column first_row bigint not null default 0 check (first_row >= 0);
alter table generation_jobs add column stamp_field varchar(255);
alter table generation_jobs add column stamp_date date;

create table deployments (
    id              uuid primary key,
    tenant_id       text         not null,
    schema_id       uuid         not null,
    schema_version  integer      not null,
    records_per_day bigint       not null check (records_per_day > 0),
    days            integer      not null check (days > 0),
    start_date      date         not null,
    seed            bigint       not null,
    format          varchar(10)  not null,
    gzip            boolean      not null,
    date_field      varchar(255),
    next_day        integer      not null default 0,
    status          varchar(10)  not null check (status in ('ACTIVE', 'FINISHED')),
    created_by      text         not null,
    created_at      timestamptz  not null default now(),
    unique (tenant_id, id),
    foreign key (tenant_id, schema_id, schema_version) references data_schema_versions (tenant_id, schema_id, version)
);

create table deployment_batches (
    deployment_id     uuid        not null,
    day               integer     not null,
    tenant_id         text        not null,
    batch_date        date        not null,
    generation_job_id uuid        not null,
    created_at        timestamptz not null default now(),
    primary key (deployment_id, day),
    foreign key (tenant_id, deployment_id) references deployments (tenant_id, id)
);

alter table deployments enable row level security;
alter table deployments force row level security;
create policy tenant_isolation on deployments
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table deployment_batches enable row level security;
alter table deployment_batches force row level security;
create policy tenant_isolation on deployment_batches
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

-- The scheduler's to-do list across tenants: ids and times only, no tenant data, so no RLS; the
-- scheduler binds each entry's tenant before it touches the deployment itself.
create table deployment_schedule (
    deployment_id uuid primary key,
    tenant_id     text        not null,
    next_run_at   timestamptz not null
);
create index deployment_schedule_due on deployment_schedule (next_run_at);

revoke all on deployments, deployment_batches, deployment_schedule from ${app_role};
grant select, insert, update on deployments to ${app_role};
grant select, insert, delete on deployment_batches to ${app_role};
grant select, insert, update, delete on deployment_schedule to ${app_role};
