-- The differential-privacy budget each seed has, per tenant. Amounts are numeric, not floating
-- point: charges of 0.1 must sum to exactly 1.0, or a budget would refuse its last training.

-- The epsilon and delta each of a tenant's seeds may spend, set by a platform admin; a tenant
-- without a row, or a null column, gets the platform default (synthesis.privacy.*).
create table tenant_privacy_budgets (
    tenant_id    text primary key references tenants (id),
    seed_epsilon numeric check (seed_epsilon > 0),
    seed_delta   numeric check (seed_delta > 0 and seed_delta < 1),
    updated_by   text        not null,
    updated_at   timestamptz not null
);

-- One row per seed that was ever charged or given a budget of its own (an admin's override; null
-- keeps the tenant's). Every charge locks this row (select ... for update) in the transaction that
-- records the training run, so trainings racing for the last budget are checked one after another.
create table seed_privacy_budgets (
    seed_id    uuid primary key,
    tenant_id  text not null,
    epsilon    numeric check (epsilon > 0),
    delta      numeric check (delta > 0 and delta < 1),
    updated_by text,
    updated_at timestamptz,
    foreign key (tenant_id, seed_id) references seeds (tenant_id, id) on delete cascade
);

-- The ledger: one entry per differentially private training, with what it was charged. The seed's
-- spend is the sum over entries not given back (basic composition). An entry is given back only
-- when its training failed before the seed was read (seed_read_at null). The mechanisms are known,
-- and written, once the training completes.
create table privacy_ledger_entries (
    id              uuid primary key,
    tenant_id       text        not null,
    seed_id         uuid        not null,
    training_run_id uuid        not null unique,
    epsilon         numeric     not null check (epsilon > 0),
    delta           numeric     not null check (delta >= 0 and delta < 1),
    mechanism       text,
    spent_by        text        not null,
    spent_by_kind   varchar(10) not null check (spent_by_kind in ('USER', 'ADMIN', 'API_KEY', 'SYSTEM')),
    spent_at        timestamptz not null,
    seed_read_at    timestamptz,
    given_back_at   timestamptz,
    check (seed_read_at is null or given_back_at is null),
    foreign key (tenant_id, seed_id) references seeds (tenant_id, id),
    foreign key (tenant_id, training_run_id) references training_runs (tenant_id, id)
);
create index privacy_ledger_entries_seed on privacy_ledger_entries (tenant_id, seed_id, spent_at desc);

-- A run's own differential privacy (train request's epsilon and delta), applied to the schema it
-- trains without changing the stored schema; null keeps the schema's privacy settings.
alter table training_runs
    add column dp_epsilon double precision check (dp_epsilon > 0),
    add column dp_delta   double precision check (dp_delta > 0 and dp_delta < 1);

-- What a DP training's declared bounds clipped: [{field, below, above, min, max}]; the tenant's own
-- information, never copied into a model file or a manifest.
alter table training_runs add column clipped_by_declared_bounds jsonb;

alter table tenant_privacy_budgets enable row level security;
alter table tenant_privacy_budgets force row level security;
create policy tenant_isolation on tenant_privacy_budgets
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table seed_privacy_budgets enable row level security;
alter table seed_privacy_budgets force row level security;
create policy tenant_isolation on seed_privacy_budgets
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

alter table privacy_ledger_entries enable row level security;
alter table privacy_ledger_entries force row level security;
create policy tenant_isolation on privacy_ledger_entries
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

revoke all on tenant_privacy_budgets, seed_privacy_budgets, privacy_ledger_entries from ${app_role};
grant select, insert, update on tenant_privacy_budgets, seed_privacy_budgets to ${app_role};
-- entries are never deleted: a given-back charge stays in the ledger, marked so
grant select, insert, update on privacy_ledger_entries to ${app_role};
