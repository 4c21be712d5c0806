#pragma once

#include "models/domain/guestbook.h"
#include "models/domain/result.h"
#include "models/store/guestbookrepository.h"

#include <QObject>
#include <QString>
#include <functional>

namespace kj::store {
class ClientStore;
}

namespace kj::app {

class ApiClient;
class SyncEngine;

//! Guestbooks for the window: mine and friends', kept in the local store so they read offline. Writing
//! (a message, my reply, a delete) is offline first, as in kongjian-cli: saved with its outbox entry, then
//! the sync engine is nudged. refresh() asks the server for a guestbook and keeps what it answers.
class GuestbookService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(kj::Status)>;

    //! How many messages refresh() asks for, newest first (pages of kj::kMaxPageSize).
    static constexpr int kRefreshLimit = 500;

    //! `sync` may be null (nothing is nudged then).
    GuestbookService(kj::store::ClientStore &store, ApiClient &api, SyncEngine *sync, QObject *parent = nullptr);

    [[nodiscard]] kj::store::ClientStore &store() const { return m_store; }
    //! The signed-in user's username.
    [[nodiscard]] QString me() const;

    //! The messages of `owner`'s guestbook known here (mine not sent yet among them), newest first.
    [[nodiscard]] QList<kj::store::LocalGuestbookEntry> entries(const QString &owner) const;
    //! Asks the server for `owner`'s guestbook and keeps it here (messages waiting to be sent stay);
    //! changed(owner) follows a success. `done` gets the outcome (e.g. NetworkError when offline).
    void refresh(const QString &owner, Done done = {});

    //! Leaves a message in `owner`'s guestbook (1 to 2,000 characters, not only white space).
    [[nodiscard]] kj::Result<kj::GuestbookEntry> sign(const QString &owner, const QString &text, bool isPrivate);
    //! My reply to a message in my guestbook (a new one replaces the old).
    [[nodiscard]] kj::Status reply(const QString &entryId, const QString &text);
    //! Deletes a message in my guestbook, or one I wrote.
    [[nodiscard]] kj::Status remove(const QString &entryId);

    //! Whether the message's text fits: not empty, not only white space, at most kMaxTextLength.
    [[nodiscard]] static kj::Status checkText(const QString &text);

Q_SIGNALS:
    //! `owner`'s guestbook changed here (a refresh, or a write of mine). Empty: any guestbook may have
    //! (something was sent by the sync engine).
    void changed(const QString &owner);
    //! refresh(owner) could not reach the server or was refused.
    void refreshFailed(const QString &owner, const kj::Error &error);

private:
    void fetchPage(const QString &owner, const QString &cursor, QList<kj::GuestbookEntry> fetched, Done done);
    void written(const QString &owner);

    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    SyncEngine *m_sync;
    kj::store::GuestbookRepository m_repository;
};

} // namespace kj::app
