-- The generation settings of the proposal's screen, as chosen for a training run.
alter table training_runs add column privacy_preset varchar(10) not null default 'STANDARD'
    check (privacy_preset in ('STANDARD', 'HIGH', 'MAXIMUM'));
alter table training_runs add column quality_preset varchar(10) not null default 'STANDARD'
    check (quality_preset in ('STANDARD', 'HIGH'));
