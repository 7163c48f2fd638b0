-- Rows written to the table sink belong to one generation job and one row index; the pair is
-- unique, so a partition that is run again after a crash can never add a row twice.
alter table synthetic_data add column generation_job_id uuid;
alter table synthetic_data add column row_index bigint;
-- NOT VALID: validating would scan synthetic_data under forced row-level security with no tenant
alter table synthetic_data add foreign key (tenant_id, generation_job_id) references generation_jobs (tenant_id, id) not valid;
create unique index synthetic_data_job_row on synthetic_data (generation_job_id, row_index);

alter table generation_jobs add column table_sink boolean not null default false;
