-- Each process of an instance has its own boot id: rows of this instance written by an earlier
-- process belong to a process that is gone, whatever their heartbeat says.
alter table job_heartbeats add column boot_id uuid;

-- Jobs accepted but not started yet, and the instance whose in-memory queue holds them. It beats
-- for them like for its running executions; when it goes silent another instance starts them.
-- Ids only, across tenants like the job repository: no row-level security.
create table queued_jobs (
    job_id      uuid primary key,
    job_name    text        not null,
    tenant_id   text        not null,
    instance_id text        not null,
    boot_id     uuid        not null,
    beat_at     timestamptz not null
);

-- a queued job has started once an execution carries its id as a parameter
create index batch_job_execution_params_value on batch_job_execution_params (parameter_value);

revoke all on queued_jobs from ${app_role};
grant select, insert, update, delete on queued_jobs to ${app_role};
