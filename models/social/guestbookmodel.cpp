#include "models/social/guestbookmodel.h"

#include "models/store/clientstore.h"
#include "models/store/guestbookrepository.h"

namespace kj::models {

GuestbookModel::GuestbookModel(kj::store::ClientStore &store, const QString &owner, QObject *parent)
    : KeyedListModel<GuestbookRow>(parent)
    , m_store(store)
    , m_owner(owner)
{
    // Messages live in the item cache; whether one of mine waits to be sent, in the outbox.
    connect(&store, &kj::store::ClientStore::itemsChanged, this, &GuestbookModel::reload);
    connect(&store, &kj::store::ClientStore::outboxChanged, this, &GuestbookModel::reload);
    resetRows(read());
}

void GuestbookModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    resetRows(read());
}

int GuestbookModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).entry.id == id)
            return int(row);
    }
    return -1;
}

QVariant GuestbookModel::data(const QModelIndex &index, int role) const
{
    const GuestbookRow *row = rowAt(index);
    if (!row)
        return {};
    const kj::GuestbookEntry &entry = row->entry;
    const QString me = m_store.owner().username;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return entry.text;
    case IdRole: return entry.id;
    case UsernameRole: return entry.author.username;
    case DisplayNameRole: return entry.author.displayName.isEmpty() ? entry.author.username : entry.author.displayName;
    case CreatedAtRole: return entry.createdAt;
    case PrivateRole: return entry.isPrivate;
    case ReplyTextRole: return entry.reply ? entry.reply->text : QString();
    case ReplyAtRole: return entry.reply ? entry.reply->at : QDateTime();
    case PendingRole: return row->pending;
    case SpaceOwnerRole: return entry.spaceOwner.username;
    case CanReplyRole: return entry.spaceOwner.username == me;
    case CanDeleteRole: return entry.spaceOwner.username == me || entry.author.username == me;
    default: return {};
    }
}

QHash<int, QByteArray> GuestbookModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<GuestbookRow>::roleNames();
    names.insert({{IdRole, "id"},
                  {UsernameRole, "username"},
                  {DisplayNameRole, "displayName"},
                  {TextRole, "text"},
                  {CreatedAtRole, "createdAt"},
                  {PrivateRole, "private"},
                  {ReplyTextRole, "replyText"},
                  {ReplyAtRole, "replyAt"},
                  {PendingRole, "pending"},
                  {SpaceOwnerRole, "spaceOwner"},
                  {CanReplyRole, "canReply"},
                  {CanDeleteRole, "canDelete"}});
    return names;
}

void GuestbookModel::reload()
{
    replaceRows(read());
}

QList<GuestbookRow> GuestbookModel::read() const
{
    QList<GuestbookRow> fresh;
    if (m_owner.isEmpty())
        return fresh;
    const QList<kj::store::LocalGuestbookEntry> entries = kj::store::GuestbookRepository(m_store).entriesOf(m_owner);
    fresh.reserve(entries.size());
    for (const kj::store::LocalGuestbookEntry &local : entries)
        fresh.append({local.entry, local.pending});
    return fresh;
}

} // namespace kj::models
