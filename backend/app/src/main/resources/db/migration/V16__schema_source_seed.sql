-- The seed a schema was detected from (POST /api/seeds/{id}/schema), kept across its versions so
-- the app can default to it; null for schemas designed from scratch. No foreign key: a seed may be
-- deleted later and the schema outlives it. The table's RLS policy covers the new column as it
-- covers the row; the app role already has select, insert, update on the table.
alter table data_schemas add column source_seed_id uuid;
