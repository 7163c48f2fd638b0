-- The platform's Ed25519 keys that sign dataset manifests. They belong to the platform, not to a
-- tenant: no tenant_id and no row-level security. Every key stays (retired ones are still
-- published so older manifests verify); exactly one is active, the one without retired_at. The
-- private key is PKCS #8, sealed with AES-256-GCM under a key from the app's configuration, so a
-- copy of the database alone cannot sign.
create table signing_keys (
    kid                text primary key,
    public_key_x       text        not null,
    private_key_sealed bytea       not null,
    created_at         timestamptz not null,
    activated_at       timestamptz not null,
    retired_at         timestamptz,
    check (retired_at is null or retired_at >= activated_at)
);
create unique index signing_keys_one_active on signing_keys ((true)) where retired_at is null;

grant select, insert, update on signing_keys to ${app_role};
