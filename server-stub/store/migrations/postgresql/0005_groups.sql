-- Friend groups and the "groups" audience on PostgreSQL, as ../sqlite/0005_groups.sql. Times are integer
-- milliseconds since the epoch, UTC. Integers are BIGINT, text is TEXT COLLATE "C" (see 0001_foundation.sql).

-- A user's named groups of friends. Members are always friends of the owner: unfriending removes them.
CREATE TABLE friend_groups (
    id TEXT COLLATE "C" PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT COLLATE "C" NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX friend_groups_by_owner ON friend_groups(owner_id, created_ms, id);

CREATE TABLE friend_group_members (
    group_id TEXT COLLATE "C" NOT NULL REFERENCES friend_groups(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX friend_group_members_by_member ON friend_group_members(member_id);

-- Which of its owner's groups an item of any kind with visibility 'groups' is shown to. Rows of a deleted
-- group go with it, so an item that named only that group is seen by its owner alone.
CREATE TABLE item_groups (
    item_kind TEXT COLLATE "C" NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT COLLATE "C" NOT NULL,
    group_id TEXT COLLATE "C" NOT NULL REFERENCES friend_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (item_kind, item_id, group_id)
);
CREATE INDEX item_groups_by_group ON item_groups(group_id);

-- Diaries and posts admit the visibility 'groups' from here on. SQLite cannot change a CHECK constraint, so
-- its file rebuilds both tables (new table, rows copied, old one dropped, new one renamed, indexes and
-- triggers made again) with the same columns, keys, indexes and triggers as before and only the wider
-- check. PostgreSQL changes the check in place, which ends in the same state: rows, indexes and the
-- *_drops_reactions triggers of 0002_posts.sql stay as they are (the rebuild on SQLite also keeps every
-- comment and like, since DROP TABLE fires no triggers there).
ALTER TABLE diaries DROP CONSTRAINT diaries_visibility_check;
ALTER TABLE diaries ADD CONSTRAINT diaries_visibility_check
    CHECK (visibility IN ('public', 'friends', 'groups', 'private'));
ALTER TABLE posts DROP CONSTRAINT posts_visibility_check;
ALTER TABLE posts ADD CONSTRAINT posts_visibility_check
    CHECK (visibility IN ('public', 'friends', 'groups', 'private'));

-- An item's group rows go with the item itself (its owner's account, or a photo with its album). One function for
-- every kind, named by the trigger's argument.
CREATE FUNCTION drop_item_groups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM item_groups WHERE item_kind = TG_ARGV[0] AND item_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER diary_removed_drops_groups AFTER DELETE ON diaries
FOR EACH ROW EXECUTE FUNCTION drop_item_groups('diary');

CREATE TRIGGER post_removed_drops_groups AFTER DELETE ON posts
FOR EACH ROW EXECUTE FUNCTION drop_item_groups('post');

CREATE TRIGGER album_removed_drops_groups AFTER DELETE ON albums
FOR EACH ROW EXECUTE FUNCTION drop_item_groups('album');

CREATE TRIGGER photo_removed_drops_groups AFTER DELETE ON photos
FOR EACH ROW EXECUTE FUNCTION drop_item_groups('photo');
