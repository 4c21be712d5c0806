-- Reposts (转发) and notifications that say what happened and to what, on PostgreSQL, as
-- ../sqlite/0006_reposts.sql. Times are integer milliseconds since the epoch, UTC. Integers are BIGINT,
-- text is TEXT COLLATE "C" (see 0001_foundation.sql).

-- A repost points at an item of any kind, reposts included; depth counts the reposts down to the first item
-- that is not one (1: a repost of a post), which bounds the chain. Like posts, a deleted repost stays as a
-- tombstone (deleted_ms set, comment cleared). 'groups' is admitted here already so this table does not
-- depend on the friend groups' migration.
CREATE TABLE reposts (
    id TEXT COLLATE "C" PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    item_kind TEXT COLLATE "C" NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT COLLATE "C" NOT NULL,
    comment TEXT COLLATE "C" NOT NULL,
    visibility TEXT COLLATE "C" NOT NULL CHECK (visibility IN ('public', 'friends', 'groups', 'private')),
    depth BIGINT NOT NULL CHECK (depth >= 1),
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX reposts_by_owner ON reposts(owner_id, created_ms, id);
CREATE INDEX reposts_by_time ON reposts(created_ms, id);
CREATE INDEX reposts_by_item ON reposts(item_kind, item_id);

CREATE TRIGGER repost_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON reposts
FOR EACH ROW WHEN (NEW.deleted_ms IS NOT NULL) EXECUTE FUNCTION drop_item_reactions('repost');

CREATE TRIGGER repost_removed_drops_reactions AFTER DELETE ON reposts
FOR EACH ROW EXECUTE FUNCTION drop_item_reactions('repost');

-- Notifications, changed from 0004's table: a kind that is checked, item_kind and item_id optional (friend
-- events are about no item), the comment a comment or reply notification is about, and a short excerpt of
-- what was written. item_kind is an item kind, or 'guestbook' (item_id: the message) or 'friend_request'
-- (item_id: the request).
-- SQLite recreates the table (notifications_new, rows of the known kinds copied with their ids, old table
-- dropped, new one renamed, its two indexes made again). PostgreSQL alters it in place to the same end:
-- rows of other kinds go, item_kind and item_id lose NOT NULL, the two new columns come (last in the
-- column order rather than before created_ms: the server names every column it reads or writes), and the
-- identity keeps counting after the highest id ever handed out, as AUTOINCREMENT does.
DELETE FROM notifications
    WHERE kind NOT IN ('like', 'comment', 'reply', 'repost', 'guestbook', 'guestbook_reply', 'friend_request', 'friend_accepted');
ALTER TABLE notifications
    ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('like', 'comment', 'reply', 'repost', 'guestbook',
                                                            'guestbook_reply', 'friend_request', 'friend_accepted')),
    ALTER COLUMN item_kind DROP NOT NULL,
    ALTER COLUMN item_id DROP NOT NULL,
    ADD COLUMN comment_id TEXT COLLATE "C",
    ADD COLUMN excerpt TEXT COLLATE "C";
CREATE INDEX notifications_by_comment ON notifications(comment_id);

-- A notification goes when its cause goes, whichever write path removes it: an unlike (or the item going, which
-- drops its likes), a deleted comment (with its replies and with its item), a repost deleted, a friend request
-- answered or taken back, a friendship ended.
CREATE FUNCTION like_removed_drops_notification() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM notifications
        WHERE kind = 'like' AND item_kind = OLD.item_kind AND item_id = OLD.item_id AND actor_id = OLD.user_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER like_removed_drops_notification AFTER DELETE ON likes
FOR EACH ROW EXECUTE FUNCTION like_removed_drops_notification();

CREATE FUNCTION comment_removed_drops_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM notifications WHERE comment_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER comment_removed_drops_notifications AFTER DELETE ON comments
FOR EACH ROW EXECUTE FUNCTION comment_removed_drops_notifications();

-- The notifications about an item (its kind is the trigger's argument; OLD.id is its id after an update too).
CREATE FUNCTION drop_item_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM notifications WHERE item_kind = TG_ARGV[0] AND item_id = OLD.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER repost_deleted_drops_notifications AFTER UPDATE OF deleted_ms ON reposts
FOR EACH ROW WHEN (NEW.deleted_ms IS NOT NULL) EXECUTE FUNCTION drop_item_notifications('repost');

CREATE TRIGGER repost_removed_drops_notifications AFTER DELETE ON reposts
FOR EACH ROW EXECUTE FUNCTION drop_item_notifications('repost');

CREATE TRIGGER friend_request_removed_drops_notification AFTER DELETE ON friend_requests
FOR EACH ROW EXECUTE FUNCTION drop_item_notifications('friend_request');

CREATE FUNCTION friendship_removed_drops_notification() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM notifications WHERE kind = 'friend_accepted' AND recipient_id = OLD.user_id AND actor_id = OLD.friend_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER friendship_removed_drops_notification AFTER DELETE ON friendships
FOR EACH ROW EXECUTE FUNCTION friendship_removed_drops_notification();
