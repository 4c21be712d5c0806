-- Friend groups and the "groups" audience. Times are integer milliseconds since the epoch, UTC.
-- Statements end with ';' at the end of a line (a trigger stays on one line).

-- A user's named groups of friends. Members are always friends of the owner: unfriending removes them.
CREATE TABLE friend_groups (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX friend_groups_by_owner ON friend_groups(owner_id, created_ms, id);

CREATE TABLE friend_group_members (
    group_id TEXT NOT NULL REFERENCES friend_groups(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX friend_group_members_by_member ON friend_group_members(member_id);

-- Which of its owner's groups an item of any kind with visibility 'groups' is shown to. Rows of a deleted
-- group go with it, so an item that named only that group is seen by its owner alone.
CREATE TABLE item_groups (
    item_kind TEXT NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT NOT NULL,
    group_id TEXT NOT NULL REFERENCES friend_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (item_kind, item_id, group_id)
);
CREATE INDEX item_groups_by_group ON item_groups(group_id);

-- SQLite cannot change a CHECK constraint, so diaries and posts are rebuilt to admit 'groups': a new table,
-- the rows copied, the old one dropped, the new one renamed, then its indexes and triggers made again
-- (dropping a table drops those). This runs inside the migration's transaction, where PRAGMA foreign_keys
-- cannot be switched off; that is safe because no table references diaries or posts, so the implicit
-- DELETE of DROP TABLE violates nothing (and it fires no triggers, so comments and likes stay).
CREATE TABLE diaries_0005 (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'friends', 'groups', 'private')),
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
INSERT INTO diaries_0005 (id, owner_id, title, body, visibility, revision, created_ms, updated_ms, deleted_ms)
SELECT id, owner_id, title, body, visibility, revision, created_ms, updated_ms, deleted_ms FROM diaries;
DROP TABLE diaries;
ALTER TABLE diaries_0005 RENAME TO diaries;
CREATE INDEX diaries_by_owner ON diaries(owner_id, created_ms, id);
CREATE INDEX diaries_by_time ON diaries(created_ms, id);
CREATE TRIGGER diary_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON diaries
WHEN NEW.deleted_ms IS NOT NULL
BEGIN DELETE FROM comments WHERE item_kind = 'diary' AND item_id = NEW.id; DELETE FROM likes WHERE item_kind = 'diary' AND item_id = NEW.id; END;
CREATE TRIGGER diary_removed_drops_reactions AFTER DELETE ON diaries
BEGIN DELETE FROM comments WHERE item_kind = 'diary' AND item_id = OLD.id; DELETE FROM likes WHERE item_kind = 'diary' AND item_id = OLD.id; END;

CREATE TABLE posts_0005 (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    photo_ids TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'friends', 'groups', 'private')),
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
INSERT INTO posts_0005 (id, owner_id, text, photo_ids, visibility, revision, created_ms, updated_ms, deleted_ms)
SELECT id, owner_id, text, photo_ids, visibility, revision, created_ms, updated_ms, deleted_ms FROM posts;
DROP TABLE posts;
ALTER TABLE posts_0005 RENAME TO posts;
CREATE INDEX posts_by_owner ON posts(owner_id, created_ms, id);
CREATE INDEX posts_by_time ON posts(created_ms, id);
CREATE TRIGGER post_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON posts
WHEN NEW.deleted_ms IS NOT NULL
BEGIN DELETE FROM comments WHERE item_kind = 'post' AND item_id = NEW.id; DELETE FROM likes WHERE item_kind = 'post' AND item_id = NEW.id; END;
CREATE TRIGGER post_removed_drops_reactions AFTER DELETE ON posts
BEGIN DELETE FROM comments WHERE item_kind = 'post' AND item_id = OLD.id; DELETE FROM likes WHERE item_kind = 'post' AND item_id = OLD.id; END;

-- An item's group rows go with the item itself (its owner's account, or a photo with its album).
CREATE TRIGGER diary_removed_drops_groups AFTER DELETE ON diaries
BEGIN DELETE FROM item_groups WHERE item_kind = 'diary' AND item_id = OLD.id; END;
CREATE TRIGGER post_removed_drops_groups AFTER DELETE ON posts
BEGIN DELETE FROM item_groups WHERE item_kind = 'post' AND item_id = OLD.id; END;
CREATE TRIGGER album_removed_drops_groups AFTER DELETE ON albums
BEGIN DELETE FROM item_groups WHERE item_kind = 'album' AND item_id = OLD.id; END;
CREATE TRIGGER photo_removed_drops_groups AFTER DELETE ON photos
BEGIN DELETE FROM item_groups WHERE item_kind = 'photo' AND item_id = OLD.id; END;
