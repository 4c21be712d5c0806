-- Foundation schema of kongjian-server: accounts, sessions, login throttle, friends, diaries, change log.
-- Times are integer milliseconds since the epoch, UTC. Statements end with ';' at the end of a line.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    space_title TEXT NOT NULL DEFAULT '',
    space_motto TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL
);

-- Only the SHA-256 of a token is kept: a copy of the database does not let anyone sign in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE INDEX sessions_by_expiry ON sessions(expires_ms);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    address TEXT NOT NULL,
    at_ms BIGINT NOT NULL
);
CREATE INDEX login_failures_by_username ON login_failures(username, at_ms);
CREATE INDEX login_failures_by_address ON login_failures(address, at_ms);

CREATE TABLE friend_requests (
    id TEXT PRIMARY KEY,
    from_user INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    to_user INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_ms BIGINT NOT NULL,
    UNIQUE (from_user, to_user)
);
CREATE INDEX friend_requests_by_recipient ON friend_requests(to_user);

-- A friendship is stored in both directions so "the friends of X" is one index range.
CREATE TABLE friendships (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    friend_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    since_ms BIGINT NOT NULL,
    PRIMARY KEY (user_id, friend_id)
);

-- A deleted diary stays as a tombstone (deleted_ms set, text cleared) so its id keeps its owner and revision.
CREATE TABLE diaries (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'friends', 'private')),
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX diaries_by_owner ON diaries(owner_id, created_ms, id);
CREATE INDEX diaries_by_time ON diaries(created_ms, id);

-- What clients must learn through GET /changes. audience_id NULL: for the owner and the owner's current
-- friends (diaries); otherwise only for that user (friendships, friend requests, removals on unfriending).
-- prev_visibility: a diary's visibility before the change (NULL: nobody could see it before).
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    audience_id INTEGER,
    prev_visibility TEXT,
    at_ms BIGINT NOT NULL
);
CREATE INDEX change_log_by_owner ON change_log(owner_id, seq);
CREATE INDEX change_log_by_audience ON change_log(audience_id, seq);
