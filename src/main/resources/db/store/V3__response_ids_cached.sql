-- The identity of a response is only its place in the order of storage. H2 writes its sequence to disk
-- (a commit of the whole store) every 32 values by default, which made a large import commit the store
-- every 32 rows; a larger cache writes it once per 10,000 rows. A process killed mid-import loses the
-- unused values, leaving a gap in the ids and nothing else.
ALTER TABLE response ALTER COLUMN id SET CACHE 10000;
