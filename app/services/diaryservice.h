#pragma once

#include "models/domain/result.h"
#include "models/domain/visibility.h"
#include "models/store/diaryrepository.h"

#include <QObject>
#include <QString>

namespace kj::store {
class ClientStore;
}

namespace kj::app {

class SyncEngine;

//! Writing my diaries: each change goes to the local store first (with its outbox entry) and then nudges
//! the sync engine. Works the same online and offline.
class DiaryService : public QObject
{
    Q_OBJECT

public:
    //! `sync` may be null (nothing is nudged then).
    DiaryService(kj::store::ClientStore &store, SyncEngine *sync, QObject *parent = nullptr);

    [[nodiscard]] kj::Result<kj::store::LocalDiary> create(const QString &title, const QString &body,
                                                           kj::Visibility visibility, const QStringList &groups = {});
    //! groups: with kj::Visibility::Groups, the ids of my friend groups the diary is shown to.
    [[nodiscard]] kj::Result<kj::store::LocalDiary> update(const QString &id, const QString &title,
                                                           const QString &body, kj::Visibility visibility,
                                                           const QStringList &groups = {});
    [[nodiscard]] kj::Status remove(const QString &id);

private:
    void nudge();

    kj::store::ClientStore &m_store;
    SyncEngine *m_sync;
};

} // namespace kj::app
