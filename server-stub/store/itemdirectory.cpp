#include "server-stub/store/itemdirectory.h"

#include "server-stub/store/mediarecords.h"
#include "server-stub/store/query.h"

namespace kj::server::store {

namespace {
// Each kind's table must have the columns id, owner_id, visibility and deleted_ms.
std::optional<QString> tableOf(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Diary: return QStringLiteral("diaries");
    case ItemKind::Post: return QStringLiteral("posts");
    case ItemKind::Album: return QStringLiteral("albums");
    case ItemKind::Track: return QStringLiteral("tracks");
    case ItemKind::Repost: return QStringLiteral("reposts");
    case ItemKind::Photo: // see findPhoto()
        break;
    }
    return std::nullopt;
}
} // namespace

// A photo is seen by whom both its audience and its album's admit: its entry carries the narrower one.
Result<std::optional<ItemEntry>> ItemDirectory::findPhoto(const QString &id)
{
    Query query(m_db, QStringLiteral("SELECT p.owner_id, p.visibility, a.visibility, "
                                     "p.deleted_ms IS NOT NULL OR a.deleted_ms IS NOT NULL "
                                     "FROM photos p JOIN albums a ON a.id = p.album_id WHERE p.id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<ItemEntry>();
    const Visibility own = visibilityFromName(query.text(1)).value_or(Visibility::Private);
    const Visibility album = visibilityFromName(query.text(2)).value_or(Visibility::Private);
    return std::optional<ItemEntry>(ItemEntry{ItemKind::Photo, id, query.int64(0), narrowerVisibility(own, album),
                                              query.value(3).toBool()});
}

Result<std::optional<ItemEntry>> ItemDirectory::find(ItemKind kind, const QString &id)
{
    if (kind == ItemKind::Photo)
        return findPhoto(id);
    const std::optional<QString> table = tableOf(kind);
    if (!table)
        return std::optional<ItemEntry>();
    Query query(m_db, QStringLiteral("SELECT owner_id, visibility, deleted_ms IS NOT NULL FROM ") + *table
                          + QStringLiteral(" WHERE id = ?"));
    query.bind(id);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<ItemEntry>();
    ItemEntry entry;
    entry.kind = kind;
    entry.id = id;
    entry.ownerId = query.int64(0);
    // An unknown stored value must hide the item, never show it.
    entry.visibility = visibilityFromName(query.text(1)).value_or(Visibility::Private);
    entry.deleted = query.value(2).toBool();
    return std::optional<ItemEntry>(entry);
}

} // namespace kj::server::store
