#pragma once

#include "models/domain/guestbook.h"
#include "models/keyedlistmodel.h"

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! One message of a guestbook list.
struct GuestbookRow {
    kj::GuestbookEntry entry;
    bool pending = false;

    [[nodiscard]] QString key() const { return entry.id; }
    friend bool operator==(const GuestbookRow &, const GuestbookRow &) = default;
};

//! The messages of one guestbook as kept in the local store, newest first, with the owner's reply and
//! whether a write of mine about it waits to be sent. Follows the store (its items and outbox).
class GuestbookModel : public KeyedListModel<GuestbookRow>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UsernameRole,      // the author's
        DisplayNameRole,   // the author's display name, or username when there is none
        TextRole,
        CreatedAtRole,     // QDateTime, UTC
        PrivateRole,       // bool
        ReplyTextRole,     // empty when there is no reply
        ReplyAtRole,       // QDateTime, invalid when there is no reply
        PendingRole,       // bool: a write, reply or delete of mine waits to be sent
        SpaceOwnerRole,    // whose guestbook, username
        CanReplyRole,      // bool: I own this guestbook
        CanDeleteRole,     // bool: I own this guestbook or wrote the message
    };
    Q_ENUM(Role)

    //! `owner`: whose guestbook (a username); may be set later.
    explicit GuestbookModel(kj::store::ClientStore &store, const QString &owner = {}, QObject *parent = nullptr);

    [[nodiscard]] QString owner() const { return m_owner; }
    void setOwner(const QString &owner);
    //! The row of message `id`, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    [[nodiscard]] QList<GuestbookRow> read() const;

    kj::store::ClientStore &m_store;
    QString m_owner;
};

} // namespace kj::models
