-- Reaction changes on PostgreSQL, as ../sqlite/0009_reactionchanges.sql (text is TEXT COLLATE "C", see
-- 0001_foundation.sql). Likes and comments reach the people who see the item through GET /changes. A like or
-- unlike appends a row of the item's own kind (its upsert then carries the new counts); a comment added or
-- deleted appends a row of kind 'comment' naming the comment, with the item it belongs to here, so a deleted
-- comment's removal still goes only to those who may see that item.
ALTER TABLE change_log ADD COLUMN parent_kind TEXT COLLATE "C";
ALTER TABLE change_log ADD COLUMN parent_id TEXT COLLATE "C";
