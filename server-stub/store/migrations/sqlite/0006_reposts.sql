-- Reposts (转发) and notifications that say what happened and to what. Times are integer milliseconds since the
-- epoch, UTC. Statements end with ';' at the end of a line (a trigger stays on one line).

-- A repost points at an item of any kind, reposts included; depth counts the reposts down to the first item
-- that is not one (1: a repost of a post), which bounds the chain. Like posts, a deleted repost stays as a
-- tombstone (deleted_ms set, comment cleared). 'groups' is admitted here already so this table does not
-- depend on the friend groups' migration.
CREATE TABLE reposts (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('diary', 'post', 'photo', 'album', 'repost', 'track')),
    item_id TEXT NOT NULL,
    comment TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'friends', 'groups', 'private')),
    depth INTEGER NOT NULL CHECK (depth >= 1),
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX reposts_by_owner ON reposts(owner_id, created_ms, id);
CREATE INDEX reposts_by_time ON reposts(created_ms, id);
CREATE INDEX reposts_by_item ON reposts(item_kind, item_id);

CREATE TRIGGER repost_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON reposts
WHEN NEW.deleted_ms IS NOT NULL
BEGIN DELETE FROM comments WHERE item_kind = 'repost' AND item_id = NEW.id; DELETE FROM likes WHERE item_kind = 'repost' AND item_id = NEW.id; END;
CREATE TRIGGER repost_removed_drops_reactions AFTER DELETE ON reposts
BEGIN DELETE FROM comments WHERE item_kind = 'repost' AND item_id = OLD.id; DELETE FROM likes WHERE item_kind = 'repost' AND item_id = OLD.id; END;

-- Notifications, recreated from 0004's table: a kind that is checked, item_kind and item_id optional (friend
-- events are about no item), the comment a comment or reply notification is about, and a short excerpt of
-- what was written. item_kind is an item kind, or 'guestbook' (item_id: the message) or 'friend_request'
-- (item_id: the request).
CREATE TABLE notifications_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('like', 'comment', 'reply', 'repost', 'guestbook', 'guestbook_reply',
                                       'friend_request', 'friend_accepted')),
    actor_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    item_kind TEXT,
    item_id TEXT,
    comment_id TEXT,
    excerpt TEXT,
    created_ms BIGINT NOT NULL,
    read_ms BIGINT
);
INSERT INTO notifications_new (id, recipient_id, kind, actor_id, item_kind, item_id, created_ms, read_ms)
    SELECT id, recipient_id, kind, actor_id, item_kind, item_id, created_ms, read_ms FROM notifications
    WHERE kind IN ('like', 'comment', 'reply', 'repost', 'guestbook', 'guestbook_reply', 'friend_request', 'friend_accepted');
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_by_recipient ON notifications(recipient_id, id);
CREATE INDEX notifications_by_item ON notifications(item_kind, item_id);
CREATE INDEX notifications_by_comment ON notifications(comment_id);

-- A notification goes when its cause goes, whichever write path removes it: an unlike (or the item going, which
-- drops its likes), a deleted comment (with its replies and with its item), a repost deleted, a friend request
-- answered or taken back, a friendship ended.
CREATE TRIGGER like_removed_drops_notification AFTER DELETE ON likes
BEGIN DELETE FROM notifications WHERE kind = 'like' AND item_kind = OLD.item_kind AND item_id = OLD.item_id AND actor_id = OLD.user_id; END;
CREATE TRIGGER comment_removed_drops_notifications AFTER DELETE ON comments
BEGIN DELETE FROM notifications WHERE comment_id = OLD.id; END;
CREATE TRIGGER repost_deleted_drops_notifications AFTER UPDATE OF deleted_ms ON reposts
WHEN NEW.deleted_ms IS NOT NULL
BEGIN DELETE FROM notifications WHERE item_kind = 'repost' AND item_id = NEW.id; END;
CREATE TRIGGER repost_removed_drops_notifications AFTER DELETE ON reposts
BEGIN DELETE FROM notifications WHERE item_kind = 'repost' AND item_id = OLD.id; END;
CREATE TRIGGER friend_request_removed_drops_notification AFTER DELETE ON friend_requests
BEGIN DELETE FROM notifications WHERE item_kind = 'friend_request' AND item_id = OLD.id; END;
CREATE TRIGGER friendship_removed_drops_notification AFTER DELETE ON friendships
BEGIN DELETE FROM notifications WHERE kind = 'friend_accepted' AND recipient_id = OLD.user_id AND actor_id = OLD.friend_id; END;
