#pragma once

#include "models/domain/friendgroup.h"
#include "models/domain/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace kj::store {
class ClientStore;
}

namespace kj::app {

class ApiClient;
class SyncEngine;

//! Writing my friend groups offline first (saved here with their outbox entry, sent by the sync, as
//! `kongjian-cli group put` does), and asking the server for them when it is there.
class FriendGroupService : public QObject
{
    Q_OBJECT

public:
    //! `sync` may be null (nothing is nudged then).
    FriendGroupService(kj::store::ClientStore &store, ApiClient &api, SyncEngine *sync, QObject *parent = nullptr);

    //! A new group (with a new id) of `members` (usernames of my friends).
    [[nodiscard]] kj::Result<kj::FriendGroup> create(const QString &name, const QStringList &members = {});
    [[nodiscard]] kj::Result<kj::FriendGroup> rename(const QString &id, const QString &name);
    [[nodiscard]] kj::Result<kj::FriendGroup> setMembers(const QString &id, const QStringList &members);
    [[nodiscard]] kj::Result<kj::FriendGroup> addMember(const QString &id, const QString &username);
    [[nodiscard]] kj::Result<kj::FriendGroup> removeMember(const QString &id, const QString &username);
    [[nodiscard]] kj::Status remove(const QString &id);

    //! Asks the server for my groups (what waits here stays); refreshed() tells how it went.
    void refresh();

Q_SIGNALS:
    //! The groups saved here changed (a write of mine, or the server's list arrived).
    void groupsChanged();
    void refreshed(const kj::Status &status);

private:
    [[nodiscard]] kj::Result<kj::FriendGroup> put(const QString &id, const QString &name, QStringList members);

    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    SyncEngine *m_sync;
};

} // namespace kj::app
