-- A cancel request lives on the job's row, so the instance running the job's partitions sees it
-- whichever instance took the request.
alter table generation_jobs add column cancel_requested_at timestamptz;
