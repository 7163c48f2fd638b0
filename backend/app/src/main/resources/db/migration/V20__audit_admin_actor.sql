-- Platform admins' actions are told apart from tenant users' in the audit trail.
alter table audit_events drop constraint audit_events_actor_kind_check;
alter table audit_events add constraint audit_events_actor_kind_check
    check (actor_kind in ('USER', 'ADMIN', 'API_KEY', 'SYSTEM'));
