-- One row per training request: what was trained (schema version, seed), how it went, and where
-- the fitted model is. Written by the API and the training job, both as the run's tenant.
create table training_runs (
    id               uuid primary key,
    tenant_id        text        not null,
    schema_id        uuid        not null,
    schema_version   integer     not null,
    seed_id          uuid        not null,
    status           varchar(20) not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    job_execution_id bigint,
    model_key        text,
    split_seed       bigint      not null,
    holdout_share    double precision not null check (holdout_share >= 0 and holdout_share < 1),
    training_rows    bigint,
    holdout_rows     bigint,
    rejected_rows    bigint,
    epsilon_spent    double precision,
    error            text,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    unique (tenant_id, id),
    foreign key (tenant_id, schema_id, schema_version) references data_schema_versions (tenant_id, schema_id, version),
    foreign key (tenant_id, seed_id) references seeds (tenant_id, id)
);
create index training_runs_schema on training_runs (tenant_id, schema_id, schema_version, finished_at desc);

-- per-field models of a run, as the proposal's model_metadata (one row per field)
alter table model_metadata add column training_run_id uuid;
-- NOT VALID: checking existing rows would query model_metadata under its forced row-level
-- security without a tenant; the constraint still holds for every row written from now on.
alter table model_metadata add foreign key (tenant_id, training_run_id) references training_runs (tenant_id, id) not valid;

alter table training_runs enable row level security;
alter table training_runs force row level security;
create policy tenant_isolation on training_runs
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

revoke all on training_runs from ${app_role};
grant select, insert, update on training_runs to ${app_role};
