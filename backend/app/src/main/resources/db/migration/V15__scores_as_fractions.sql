-- Quality and privacy scores are fractions in [0, 1] everywhere (the API, /metrics, the engine's
-- report), no longer percent in these columns. Four decimals keep what two did in percent.
alter table generation_jobs
    alter column quality_score type decimal(5, 4) using quality_score / 100,
    alter column privacy_score type decimal(5, 4) using privacy_score / 100;
alter table synthetic_data
    alter column quality_score type decimal(5, 4) using quality_score / 100,
    alter column privacy_score type decimal(5, 4) using privacy_score / 100;
