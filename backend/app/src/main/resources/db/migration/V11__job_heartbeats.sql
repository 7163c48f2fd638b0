-- Which app instance runs each Spring Batch execution, and when it last said so. An instance takes
-- over an execution whose heartbeat is older than the timeout: the instance that ran it is gone.
-- Ids and times only, read across tenants like the job repository itself: no row-level security.
create table job_heartbeats (
    job_execution_id bigint primary key,
    instance_id      text        not null,
    beat_at          timestamptz not null
);

revoke all on job_heartbeats from ${app_role};
grant select, insert, update, delete on job_heartbeats to ${app_role};
