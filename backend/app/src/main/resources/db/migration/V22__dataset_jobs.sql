-- Training runs of whole datasets: one model for all of a dataset's tables, fitted on one seed per
-- table (none: from the schemas alone). Written by the API and the training job as the run's tenant.
create table dataset_training_runs (
    id               uuid primary key,
    tenant_id        text        not null,
    dataset_id       uuid        not null,
    dataset_version  integer     not null,
    seeds            jsonb       not null,
    status           varchar(20) not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    job_execution_id bigint,
    model_key        text,
    error            text,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    unique (tenant_id, id)
);
create index dataset_training_runs_dataset on dataset_training_runs (tenant_id, dataset_id, finished_at desc);
create index dataset_training_runs_active on dataset_training_runs (tenant_id) where status in ('QUEUED', 'RUNNING');

-- Generation jobs of whole datasets: the plan (rows per table, one part per root-row range) is
-- fixed when the job is accepted, so every part, rerun or not, writes exactly its rows.
create table dataset_jobs (
    id                  uuid primary key,
    tenant_id           text        not null,
    dataset_id          uuid        not null,
    dataset_version     integer     not null,
    training_run_id     uuid,
    seed                bigint      not null,
    format              varchar(10) not null check (format in ('CSV', 'JSONL', 'XLSX', 'SQL')),
    plan                jsonb       not null,
    row_count           bigint      not null check (row_count > 0),
    partitions          integer     not null check (partitions > 0),
    status              varchar(20) not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    job_execution_id    bigint,
    output_prefix       text        not null,
    report              jsonb,
    output_bytes        bigint check (output_bytes >= 0),
    cancel_requested_at timestamptz,
    error               text,
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    started_at          timestamptz,
    finished_at         timestamptz,
    unique (tenant_id, id),
    foreign key (tenant_id, training_run_id) references dataset_training_runs (tenant_id, id)
);
create index dataset_jobs_tenant_created on dataset_jobs (tenant_id, dataset_id, created_at desc);
create index dataset_jobs_active on dataset_jobs (tenant_id) where status in ('QUEUED', 'RUNNING');

alter table dataset_training_runs enable row level security;
alter table dataset_training_runs force row level security;
create policy tenant_isolation on dataset_training_runs
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table dataset_jobs enable row level security;
alter table dataset_jobs force row level security;
create policy tenant_isolation on dataset_jobs
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

revoke all on dataset_training_runs from ${app_role};
grant select, insert, update on dataset_training_runs to ${app_role};
revoke all on dataset_jobs from ${app_role};
grant select, insert, update on dataset_jobs to ${app_role};
