-- Photo batches on PostgreSQL, as ../sqlite/0008_photobatches.sql (text is TEXT COLLATE "C", see
-- 0001_foundation.sql). Photos uploaded together form a batch, shown as one entry in the feed. A photo joins
-- the batch of the owner's previous photo in the same album when that came at most ten minutes before it;
-- otherwise it starts a batch with a new random id. Photos from before batches each stand alone.
ALTER TABLE photos ADD COLUMN batch_id TEXT COLLATE "C";
UPDATE photos SET batch_id = id;
CREATE INDEX photos_by_batch ON photos(batch_id, created_ms, id);
CREATE INDEX photos_by_owner ON photos(owner_id, created_ms, id);
