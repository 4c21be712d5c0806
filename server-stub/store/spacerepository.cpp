#include "server-stub/store/spacerepository.h"

#include "server-stub/store/query.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kj::server::store {

namespace {
QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString compactJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// Stored JSON was written by save() from validated settings; anything else is a damaged store.
Result<QJsonDocument> storedJson(const QString &text, const QString &what)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isNull())
        return storeError(QStringLiteral("space_settings.%1 is not JSON").arg(what));
    return document;
}
} // namespace

Result<SpaceSettings> SpaceRepository::load(qint64 userId)
{
    Query user(m_db, QStringLiteral("SELECT space_title, space_motto FROM users WHERE id = ?"));
    user.bind(userId);
    if (Status status = user.exec(); !status)
        return status.error();
    if (!user.next())
        return fail(ErrorCode::NotFound, QStringLiteral("no such user"));
    SpaceSettings settings;
    settings.title = user.text(0);
    settings.motto = user.text(1);

    Query row(m_db, QStringLiteral("SELECT avatar_media_id, cover_media_id, background_media_id, skin, colors, modules, "
                                   "music_autoplay, music_shuffle, hide_my_visits FROM space_settings WHERE user_id = ?"));
    row.bind(userId);
    if (Status status = row.exec(); !status)
        return status.error();
    if (!row.next())
        return settings;
    settings.avatarMediaId = row.text(0);
    settings.coverMediaId = row.text(1);
    settings.backgroundMediaId = row.text(2);
    settings.skin = row.text(3);
    Result<QJsonDocument> colors = storedJson(row.text(4), QStringLiteral("colors"));
    if (!colors)
        return colors.error();
    settings.colors.clear();
    const QJsonObject colorObject = colors->object();
    for (auto it = colorObject.begin(); it != colorObject.end(); ++it)
        settings.colors.insert(it.key(), it.value().toString());
    Result<QJsonDocument> modules = storedJson(row.text(5), QStringLiteral("modules"));
    if (!modules)
        return modules.error();
    settings.modules.clear();
    for (const QJsonValue &module : modules->array())
        settings.modules.append(module.toString());
    settings.music.autoplay = row.int64(6) != 0;
    settings.music.shuffle = row.int64(7) != 0;
    settings.hideMyVisits = row.int64(8) != 0;

    Query tracks(m_db, QStringLiteral("SELECT track_id FROM space_tracks WHERE user_id = ? ORDER BY position"));
    tracks.bind(userId);
    if (Status status = tracks.exec(); !status)
        return status.error();
    while (tracks.next())
        settings.music.trackIds.append(tracks.text(0));
    return settings;
}

Status SpaceRepository::save(qint64 userId, const SpaceSettings &settings, const QDateTime &now)
{
    if (Status status = execute(m_db, QStringLiteral("UPDATE users SET space_title = ?, space_motto = ? WHERE id = ?"),
                                {textValue(settings.title), textValue(settings.motto), userId});
        !status) {
        return status;
    }
    QJsonObject colors;
    for (auto it = settings.colors.begin(); it != settings.colors.end(); ++it)
        colors.insert(it.key(), it.value());
    const QString upsert = QStringLiteral(
        "INSERT INTO space_settings (user_id, avatar_media_id, cover_media_id, background_media_id, skin, colors, "
        "modules, music_autoplay, music_shuffle, hide_my_visits, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET avatar_media_id = excluded.avatar_media_id, "
        "cover_media_id = excluded.cover_media_id, background_media_id = excluded.background_media_id, "
        "skin = excluded.skin, colors = excluded.colors, modules = excluded.modules, "
        "music_autoplay = excluded.music_autoplay, music_shuffle = excluded.music_shuffle, "
        "hide_my_visits = excluded.hide_my_visits, updated_ms = excluded.updated_ms");
    if (Status status = execute(m_db, upsert,
                                {userId, nullableText(settings.avatarMediaId), nullableText(settings.coverMediaId),
                                 nullableText(settings.backgroundMediaId), settings.skin,
                                 compactJson(QJsonDocument(colors)),
                                 compactJson(QJsonDocument(QJsonArray::fromStringList(settings.modules))),
                                 int(settings.music.autoplay), int(settings.music.shuffle), int(settings.hideMyVisits),
                                 now.toMSecsSinceEpoch()});
        !status) {
        return status;
    }
    if (Status status = execute(m_db, QStringLiteral("DELETE FROM space_tracks WHERE user_id = ?"), {userId}); !status)
        return status;
    for (qsizetype i = 0; i < settings.music.trackIds.size(); ++i) {
        if (Status status = execute(m_db, QStringLiteral("INSERT INTO space_tracks (user_id, position, track_id) VALUES (?, ?, ?)"),
                                    {userId, qint64(i), settings.music.trackIds.at(i)});
            !status) {
            return status;
        }
    }
    return {};
}

Result<bool> SpaceRepository::hidesVisits(qint64 userId)
{
    Query query(m_db, QStringLiteral("SELECT hide_my_visits FROM space_settings WHERE user_id = ?"));
    query.bind(userId);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() && query.int64(0) != 0;
}

Result<bool> SpaceRepository::showsImage(const QString &mediaId)
{
    Query query(m_db, QStringLiteral("SELECT 1 FROM space_settings WHERE avatar_media_id = ? OR cover_media_id = ? "
                                     "OR background_media_id = ? LIMIT 1"));
    query.bind(mediaId).bind(mediaId).bind(mediaId);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next();
}

} // namespace kj::server::store
