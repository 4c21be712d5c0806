-- The space itself: decoration (space settings), guestbook, visitors, and the notifications they raise.
-- Times are integer milliseconds since the epoch, UTC. Statements end with ';' at the end of a line.

-- Title and motto stay in users (space_title, space_motto); the rest of the decoration lives here. No row:
-- the defaults. colors: a JSON object {name: "#rrggbb"}; modules: a JSON array of module ids in order.
-- Media ids are kept as given; their owner is checked when written.
CREATE TABLE space_settings (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    avatar_media_id TEXT,
    cover_media_id TEXT,
    background_media_id TEXT,
    skin TEXT NOT NULL,
    colors TEXT NOT NULL,
    modules TEXT NOT NULL,
    music_autoplay INTEGER NOT NULL CHECK (music_autoplay IN (0, 1)),
    music_shuffle INTEGER NOT NULL CHECK (music_shuffle IN (0, 1)),
    hide_my_visits INTEGER NOT NULL CHECK (hide_my_visits IN (0, 1)),
    updated_ms BIGINT NOT NULL
);

-- The background-music playlist, one row per track in playing order.
CREATE TABLE space_tracks (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    track_id TEXT NOT NULL,
    PRIMARY KEY (user_id, position),
    UNIQUE (user_id, track_id)
);

-- A deleted message stays as a tombstone (deleted_ms set, text and reply cleared) so a late retry of its
-- POST cannot bring it back.
CREATE TABLE guestbook_entries (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    private INTEGER NOT NULL CHECK (private IN (0, 1)),
    reply_text TEXT,
    reply_ms BIGINT,
    created_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX guestbook_by_owner ON guestbook_entries(owner_id, created_ms, id);

-- One row per visitor per space per UTC day (day = days since 1970-01-01); at_ms is the day's latest visit.
CREATE TABLE visits (
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    visitor_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    at_ms BIGINT NOT NULL,
    PRIMARY KEY (owner_id, visitor_id, day)
);
CREATE INDEX visits_by_owner ON visits(owner_id, at_ms);

-- What happened that concerns a user, for GET /me/notifications (which comes later). kind: "guestbook" (a
-- message in my guestbook), "guestbook_reply" (the owner answered my message), and what later slices add;
-- item_kind/item_id name what it is about. A row goes when its item goes.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    actor_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    item_kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    read_ms BIGINT
);
CREATE INDEX notifications_by_recipient ON notifications(recipient_id, id);
CREATE INDEX notifications_by_item ON notifications(item_kind, item_id);
