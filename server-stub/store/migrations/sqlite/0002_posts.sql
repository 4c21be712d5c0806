-- 说说 (status posts), comments and likes. Times are integer milliseconds since the epoch, UTC.
-- Statements end with ';' at the end of a line.

-- Like diaries, a deleted post stays as a tombstone (deleted_ms set, text and photos cleared).
-- photo_ids: a JSON array of the author's photo ids, in the order shown.
CREATE TABLE posts (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    photo_ids TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'friends', 'private')),
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX posts_by_owner ON posts(owner_id, created_ms, id);
CREATE INDEX posts_by_time ON posts(created_ms, id);

-- A comment on an item of any kind; reply_to names a top-level comment of the same item (one level),
-- and a reply goes with its parent.
CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    reply_to TEXT REFERENCES comments(id) ON DELETE CASCADE,
    created_ms BIGINT NOT NULL
);
CREATE INDEX comments_by_item ON comments(item_kind, item_id, created_ms, id);
CREATE INDEX comments_by_parent ON comments(reply_to);

CREATE TABLE likes (
    item_kind TEXT NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (item_kind, item_id, user_id)
);

-- Comments and likes disappear with their item, whichever way it goes (a tombstone, or the row itself
-- with its owner's account), so no write path can forget them. Other kinds add the same pair of
-- triggers in their own migration.
CREATE TRIGGER diary_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON diaries
WHEN NEW.deleted_ms IS NOT NULL
BEGIN DELETE FROM comments WHERE item_kind = 'diary' AND item_id = NEW.id; DELETE FROM likes WHERE item_kind = 'diary' AND item_id = NEW.id; END;
CREATE TRIGGER diary_removed_drops_reactions AFTER DELETE ON diaries
BEGIN DELETE FROM comments WHERE item_kind = 'diary' AND item_id = OLD.id; DELETE FROM likes WHERE item_kind = 'diary' AND item_id = OLD.id; END;
CREATE TRIGGER post_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON posts
WHEN NEW.deleted_ms IS NOT NULL
BEGIN DELETE FROM comments WHERE item_kind = 'post' AND item_id = NEW.id; DELETE FROM likes WHERE item_kind = 'post' AND item_id = NEW.id; END;
CREATE TRIGGER post_removed_drops_reactions AFTER DELETE ON posts
BEGIN DELETE FROM comments WHERE item_kind = 'post' AND item_id = OLD.id; DELETE FROM likes WHERE item_kind = 'post' AND item_id = OLD.id; END;
