-- 说说 (status posts), comments and likes on PostgreSQL, as ../sqlite/0002_posts.sql. Times are integer
-- milliseconds since the epoch, UTC. Integers are BIGINT, text is TEXT COLLATE "C" (see 0001_foundation.sql).

-- Like diaries, a deleted post stays as a tombstone (deleted_ms set, text and photos cleared).
-- photo_ids: a JSON array of the author's photo ids, in the order shown (kept as text, as on SQLite).
-- The visibility check is named so 0005_groups.sql can replace it (SQLite rebuilds the table there).
CREATE TABLE posts (
    id TEXT COLLATE "C" PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text TEXT COLLATE "C" NOT NULL,
    photo_ids TEXT COLLATE "C" NOT NULL,
    visibility TEXT COLLATE "C" NOT NULL CONSTRAINT posts_visibility_check
        CHECK (visibility IN ('public', 'friends', 'private')),
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
    id TEXT COLLATE "C" PRIMARY KEY,
    item_kind TEXT COLLATE "C" NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT COLLATE "C" NOT NULL,
    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text TEXT COLLATE "C" NOT NULL,
    reply_to TEXT COLLATE "C" REFERENCES comments(id) ON DELETE CASCADE,
    created_ms BIGINT NOT NULL
);
CREATE INDEX comments_by_item ON comments(item_kind, item_id, created_ms, id);
CREATE INDEX comments_by_parent ON comments(reply_to);

CREATE TABLE likes (
    item_kind TEXT COLLATE "C" NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT COLLATE "C" NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (item_kind, item_id, user_id)
);

-- Comments and likes disappear with their item, whichever way it goes (a tombstone, or the row itself
-- with its owner's account), so no write path can forget them. Other kinds add the same pair of
-- triggers in their own migration. Each SQLite trigger is a row trigger of the same name on the same events: "UPDATE OF deleted_ms" fires, on both engines, whenever deleted_ms is in the
-- statement's SET list (whether or not its value changes), and the WHEN condition is the same.
-- One function serves every kind's pair: the item's kind is the trigger's argument, and OLD.id is the item's
-- id after an update as after a delete (ids never change).
CREATE FUNCTION drop_item_reactions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM comments WHERE item_kind = TG_ARGV[0] AND item_id = OLD.id;
    DELETE FROM likes WHERE item_kind = TG_ARGV[0] AND item_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER diary_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON diaries
FOR EACH ROW WHEN (NEW.deleted_ms IS NOT NULL) EXECUTE FUNCTION drop_item_reactions('diary');

CREATE TRIGGER diary_removed_drops_reactions AFTER DELETE ON diaries
FOR EACH ROW EXECUTE FUNCTION drop_item_reactions('diary');

CREATE TRIGGER post_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON posts
FOR EACH ROW WHEN (NEW.deleted_ms IS NOT NULL) EXECUTE FUNCTION drop_item_reactions('post');

CREATE TRIGGER post_removed_drops_reactions AFTER DELETE ON posts
FOR EACH ROW EXECUTE FUNCTION drop_item_reactions('post');
