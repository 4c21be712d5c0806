-- Media of kongjian-server on PostgreSQL, as ../sqlite/0003_media.sql: bytes stored once per content
-- (sha256 + size) under server-made names, who has uploaded them (the quota counts these), resumable uploads
-- in progress, albums and photos. Visibility columns are checked by the codec, not here, so "groups" can come
-- without a table change. Integers are BIGINT, text is TEXT COLLATE "C" (see 0001_foundation.sql).

-- Bytes the server holds: <data-dir>/media/<id>.<original|thumb|large>; never a client's string.
CREATE TABLE media (
    id TEXT COLLATE "C" PRIMARY KEY,
    sha256 TEXT COLLATE "C" NOT NULL,
    size BIGINT NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,
    mime_type TEXT COLLATE "C" NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    taken_ms BIGINT,
    created_ms BIGINT NOT NULL,
    UNIQUE (sha256, size)
);

-- A user who sent these bytes whole (so may use them again by mediaId, and pays for them in the quota).
CREATE TABLE media_grants (
    media_id TEXT COLLATE "C" NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (user_id, media_id)
);
CREATE INDEX media_grants_by_media ON media_grants(media_id);

-- A resumable upload: its bytes so far are <data-dir>/media/uploads/<id>.part; media_id is set when it
-- completed. Abandoned ones (no PATCH for a day) are swept with their file.
CREATE TABLE uploads (
    id TEXT COLLATE "C" PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT COLLATE "C" NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT COLLATE "C" NOT NULL,
    filename TEXT COLLATE "C" NOT NULL,
    received BIGINT NOT NULL,
    media_id TEXT COLLATE "C" REFERENCES media(id) ON DELETE SET NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX uploads_by_owner ON uploads(owner_id);
CREATE INDEX uploads_by_update ON uploads(updated_ms);

CREATE TABLE albums (
    id TEXT COLLATE "C" PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title TEXT COLLATE "C" NOT NULL,
    description TEXT COLLATE "C" NOT NULL,
    visibility TEXT COLLATE "C" NOT NULL,
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX albums_by_owner ON albums(owner_id, created_ms, id);

-- album_id and media_id have no ON DELETE action (NO ACTION, checked at the end of each statement), as on
-- SQLite: an album or media row still used by a photo cannot go.
CREATE TABLE photos (
    id TEXT COLLATE "C" PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    album_id TEXT COLLATE "C" NOT NULL REFERENCES albums(id),
    media_id TEXT COLLATE "C" NOT NULL REFERENCES media(id),
    caption TEXT COLLATE "C" NOT NULL,
    visibility TEXT COLLATE "C" NOT NULL,
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX photos_by_album ON photos(album_id, created_ms, id);
CREATE INDEX photos_by_media ON photos(media_id);
