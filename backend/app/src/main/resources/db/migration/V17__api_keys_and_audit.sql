-- API keys: programs call the API with "syn_<prefix>_<secret>". Only the SHA-256 of the whole key
-- is kept, with its prefix (not secret, shown in lists). The tenant lists, creates and revokes its
-- own keys under row-level security like every other table.
create table api_keys (
    id           uuid primary key,
    tenant_id    text         not null references tenants (id),
    name         varchar(100) not null check (length(name) between 1 and 100),
    prefix       text         not null unique check (prefix ~ '^[a-z0-9]{8}$'),
    secret_hash  bytea        not null unique check (length(secret_hash) = 32),
    scopes       text[]       not null check (cardinality(scopes) > 0 and scopes <@ array['read', 'generate', 'manage']),
    created_at   timestamptz  not null,
    created_by   text         not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text,
    check ((revoked_at is null) = (revoked_by is null))
);
create index api_keys_tenant_created on api_keys (tenant_id, created_at desc);

alter table api_keys enable row level security;
alter table api_keys force row level security;
create policy tenant_isolation on api_keys
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));

-- Authentication must find a key before any tenant is known, without giving the app a way around
-- row-level security. The app may only call the function below. It runs as this migration's role,
-- the tables' owner, for which FORCE makes the policies apply too; so the owner, and only the
-- owner, gets a read-only policy of its own on this table (the app role cannot take it on). This is
-- simpler than a second, unprotected lookup table that would repeat each key's hash and tenant and
-- have to be kept in step. The function answers for one key only: found by its prefix (public),
-- then its hash compared in constant time (all 32 bytes, whatever differs first), so a timing of
-- the comparison says nothing about the stored hash. It returns no hash, no name and no creator.
-- The tenant policy still reads app.tenant_id, which fails on a connection that never set it; the
-- function sets it to '' (no tenant) while it reads and then puts back the caller's value.
create policy key_authentication on api_keys for select to current_user using (true);

create function api_key_for_authentication(key_prefix text, key_hash bytea)
    returns table (id uuid, tenant_id text, scopes text[], expires_at timestamptz, revoked_at timestamptz)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    callers_tenant text := current_setting('app.tenant_id', true);
    candidate public.api_keys%rowtype;
    difference integer := 0;
begin
    perform set_config('app.tenant_id', '', true);
    select * into candidate from public.api_keys k where k.prefix = key_prefix;
    perform set_config('app.tenant_id', coalesce(callers_tenant, ''), true);
    if candidate.id is null or length(key_hash) <> 32 then
        return;
    end if;
    for i in 0..31 loop
        difference := difference | (get_byte(candidate.secret_hash, i) # get_byte(key_hash, i));
    end loop;
    if difference = 0 then
        return query select candidate.id, candidate.tenant_id, candidate.scopes, candidate.expires_at, candidate.revoked_at;
    end if;
end
$$;

revoke all on function api_key_for_authentication(text, bytea) from public;
grant execute on function api_key_for_authentication(text, bytea) to ${app_role};

revoke all on api_keys from ${app_role};
grant select, insert on api_keys to ${app_role};
-- a key's secret, scopes and expiry never change once shown; the app only marks use and revocation
grant update (last_used_at, revoked_at, revoked_by) on api_keys to ${app_role};

-- Who did what, when and from where: key creation and revocation, admin actions. A tenant reads its
-- own events. No foreign key to tenants: an admin may act on a tenant before its first user logs in.
create table audit_events (
    id         uuid primary key,
    tenant_id  text        not null check (tenant_id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    at         timestamptz not null,
    actor      text        not null,
    actor_kind text        not null check (actor_kind in ('USER', 'API_KEY', 'SYSTEM')),
    action     text        not null,
    target     text,
    details    jsonb       not null default '{}',
    source_ip  inet
);
create index audit_events_tenant_at on audit_events (tenant_id, at desc);
create index audit_events_at on audit_events (at desc);

alter table audit_events enable row level security;
alter table audit_events force row level security;
create policy tenant_isolation on audit_events
    using (tenant_id = current_setting('app.tenant_id'))
    with check (tenant_id = current_setting('app.tenant_id'));
-- Platform admins read every tenant's events. The app sets app.platform_admin (for one
-- transaction, like app.tenant_id) only on its admin read path, which Spring Security restricts to
-- the platform-admin role: like the tenant setting, this guards against the app's own mistakes.
create policy platform_admin_read on audit_events for select
    using (current_setting('app.platform_admin', true) = 'on');

-- a trail the app could rewrite would prove nothing: it may only add and read events
revoke all on audit_events from ${app_role};
grant select, insert on audit_events to ${app_role};
