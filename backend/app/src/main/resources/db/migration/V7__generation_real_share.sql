-- Share of output rows that are real seed rows (augmentation from a schema's syntheticRatio < 100 %).
alter table generation_jobs add column real_share double precision not null default 0
    check (real_share >= 0 and real_share <= 1);
