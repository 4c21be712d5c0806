#pragma once

#include "models/domain/result.h"

#include <QString>
#include <functional>

class QObject;

namespace kj::store {
class ClientStore;
}

namespace kj::app {

class ApiClient;

//! Fetches a new friend's older items of the revisioned kinds listed per user (说说, reposts, albums,
//! tracks) into the generic cache: /changes replays nothing old when two people become friends, so the
//! sync engine runs this after the friend's diaries.
class ItemBackfill
{
public:
    using Done = std::function<void(kj::Status)>;

    //! `context` owns the callbacks of the requests (the sync engine).
    ItemBackfill(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    //! Every page of every listed kind of `username`, each page applied in one transaction; `done` is
    //! called once, asynchronously, with the first failure or success. Running it again is harmless.
    void fetch(const QString &username, Done done);

private:
    void fetchPage(const QString &username, qsizetype kindIndex, const QString &cursor, Done done);

    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    QObject &m_context;
};

} // namespace kj::app
