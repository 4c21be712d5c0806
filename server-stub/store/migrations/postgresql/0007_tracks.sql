-- Music on PostgreSQL, as ../sqlite/0007_tracks.sql: what the server learned from an uploaded audio file, and
-- the tracks users made of them. Times are integer milliseconds since the epoch, UTC. Integers are BIGINT
-- (the has_cover flag too), text is TEXT COLLATE "C" (see 0001_foundation.sql).

-- One row per audio media (media.kind = 'track'): what TagLib read from the file when it came in. The tags
-- are what the file says (a track's own title and artist may differ); has_cover: the media has thumb and
-- large renditions made from the file's cover art.
CREATE TABLE media_audio (
    media_id TEXT COLLATE "C" PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,
    duration_ms BIGINT NOT NULL,
    tag_title TEXT COLLATE "C" NOT NULL,
    tag_artist TEXT COLLATE "C" NOT NULL,
    has_cover BIGINT NOT NULL CHECK (has_cover IN (0, 1))
);

-- A track (曲目) of a user's: audio media with a title, an artist and an audience. Like posts, a deleted
-- track stays as a tombstone (deleted_ms set). Visibility is checked by the codec (see 0003_media.sql).
CREATE TABLE tracks (
    id TEXT COLLATE "C" PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    media_id TEXT COLLATE "C" NOT NULL REFERENCES media(id),
    title TEXT COLLATE "C" NOT NULL,
    artist TEXT COLLATE "C" NOT NULL,
    visibility TEXT COLLATE "C" NOT NULL,
    revision BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    deleted_ms BIGINT
);
CREATE INDEX tracks_by_owner ON tracks(owner_id, created_ms, id);
CREATE INDEX tracks_by_time ON tracks(created_ms, id);
CREATE INDEX tracks_by_media ON tracks(media_id);

-- A track that goes takes its comments and likes with it (as 0002_posts.sql does for posts) and leaves
-- every playlist it was in (space_tracks of 0004_space.sql), whichever way it goes.
CREATE FUNCTION drop_track_reactions_and_plays() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM comments WHERE item_kind = 'track' AND item_id = OLD.id;
    DELETE FROM likes WHERE item_kind = 'track' AND item_id = OLD.id;
    DELETE FROM space_tracks WHERE track_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER track_deleted_drops_reactions AFTER UPDATE OF deleted_ms ON tracks
FOR EACH ROW WHEN (NEW.deleted_ms IS NOT NULL) EXECUTE FUNCTION drop_track_reactions_and_plays();

CREATE TRIGGER track_removed_drops_reactions AFTER DELETE ON tracks
FOR EACH ROW EXECUTE FUNCTION drop_track_reactions_and_plays();
