-- Every limit a tenant can have; null keeps the platform default (synthesis.quotas.*).
alter table tenant_quotas
    add column rows_per_day                   bigint check (rows_per_day > 0),
    add column rows_per_month                 bigint check (rows_per_month > 0),
    add column rows_per_job                   bigint check (rows_per_job > 0),
    add column concurrent_jobs                bigint check (concurrent_jobs > 0),
    add column storage_bytes                  bigint check (storage_bytes > 0),
    add column table_rows                     bigint check (table_rows > 0),
    add column requests_per_minute_per_key    bigint check (requests_per_minute_per_key > 0),
    add column requests_per_minute_per_tenant bigint check (requests_per_minute_per_tenant > 0);

-- What each tenant has used of its limits. Every instance reserves against this one row, locked
-- (select ... for update) in the same transaction that records the job or the seed, so requests
-- that together exceed a limit cannot both pass, and a refused request leaves nothing behind.
-- Rows per day and per month count for the UTC day and month stored beside them: a reservation
-- in a later period starts the counter from zero. Table rows and stored bytes have no period.
create table tenant_usage (
    tenant_id     text primary key references tenants (id),
    usage_day     date        not null,
    rows_day      bigint      not null default 0 check (rows_day >= 0),
    usage_month   date        not null check (extract(day from usage_month) = 1),
    rows_month    bigint      not null default 0 check (rows_month >= 0),
    table_rows    bigint      not null default 0 check (table_rows >= 0),
    storage_bytes bigint      not null default 0 check (storage_bytes >= 0),
    updated_at    timestamptz not null default now()
);

-- The bytes a completed job's output takes in the object store, added to its tenant's storage.
alter table generation_jobs add column output_bytes bigint check (output_bytes >= 0);

-- The jobs that count against concurrentJobs are counted under the usage lock at every start.
create index generation_jobs_active on generation_jobs (tenant_id) where status in ('QUEUED', 'RUNNING');
create index training_runs_active on training_runs (tenant_id) where status in ('QUEUED', 'RUNNING');

-- Usage so far, for the tenants that exist now, from what their rows say: rows of today's and
-- this month's jobs that did not fail, rows of table jobs that did not fail, bytes of their seeds
-- (outputs written before this version were never measured, so they count for nothing). The
-- owner reads across tenants for this one statement: forced row-level security is lifted and put
-- back inside this migration's transaction, which holds the tables locked until it commits.
alter table tenants no force row level security;
alter table seeds no force row level security;
alter table generation_jobs no force row level security;

insert into tenant_usage (tenant_id, usage_day, rows_day, usage_month, rows_month, table_rows, storage_bytes)
select t.id,
       period.today,
       coalesce((select sum(g.row_count) from generation_jobs g where g.tenant_id = t.id
                 and g.status in ('QUEUED', 'RUNNING', 'COMPLETED') and g.created_at >= period.today at time zone 'UTC'), 0),
       period.month,
       coalesce((select sum(g.row_count) from generation_jobs g where g.tenant_id = t.id
                 and g.status in ('QUEUED', 'RUNNING', 'COMPLETED') and g.created_at >= period.month at time zone 'UTC'), 0),
       coalesce((select sum(g.row_count) from generation_jobs g where g.tenant_id = t.id
                 and g.table_sink and g.status in ('QUEUED', 'RUNNING', 'COMPLETED')), 0),
       coalesce((select sum(s.size_bytes) from seeds s where s.tenant_id = t.id), 0)
from tenants t,
     (select (now() at time zone 'UTC')::date as today,
             date_trunc('month', now() at time zone 'UTC')::date as month) period;

alter table tenants force row level security;
alter table seeds force row level security;
alter table generation_jobs force row level security;

-- Row-level security once the rows above are in: forced, it would have refused the owner's insert,
-- which sets no tenant.
alter table tenant_usage enable row level security;
alter table tenant_usage force row level security;
create policy tenant_isolation on tenant_usage
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));
-- the admin console lists every tenant's usage (TenantContext.callAsPlatformAdmin); reading only
create policy platform_admin_read on tenant_usage for select
    using (current_setting('app.platform_admin', true) = 'on');

revoke all on tenant_usage from ${app_role};
grant select, insert, update on tenant_usage to ${app_role};
