-- One row per generation request: what made the data (schema version, training run or schema
-- alone, seed), where the output is, and its quality and privacy scores once evaluated.
create table generation_jobs (
    id               uuid primary key,
    tenant_id        text        not null,
    schema_id        uuid        not null,
    schema_version   integer     not null,
    training_run_id  uuid,
    row_count        bigint      not null check (row_count > 0),
    seed             bigint      not null,
    format           varchar(10) not null,
    gzip             boolean     not null,
    partitions       integer     not null check (partitions > 0),
    status           varchar(20) not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    job_execution_id bigint,
    output_prefix    text        not null,
    report_key       text,
    quality_score    decimal(5, 2),
    privacy_score    decimal(5, 2),
    error            text,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    unique (tenant_id, id),
    foreign key (tenant_id, schema_id, schema_version) references data_schema_versions (tenant_id, schema_id, version),
    foreign key (tenant_id, training_run_id) references training_runs (tenant_id, id)
);
create index generation_jobs_tenant_created on generation_jobs (tenant_id, created_at desc);

alter table generation_jobs enable row level security;
alter table generation_jobs force row level security;
create policy tenant_isolation on generation_jobs
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

revoke all on generation_jobs from ${app_role};
grant select, insert, update on generation_jobs to ${app_role};
