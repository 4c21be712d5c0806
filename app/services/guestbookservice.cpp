#include "app/services/guestbookservice.h"

#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/domain/apiversion.h"
#include "models/store/clientstore.h"

namespace kj::app {

GuestbookService::GuestbookService(kj::store::ClientStore &store, ApiClient &api, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_sync(sync), m_repository(store)
{
    // What the sync engine sends (or the server refuses) changes the pending marks of some guestbook.
    connect(&m_store, &kj::store::ClientStore::outboxChanged, this, [this] { Q_EMIT changed(QString()); });
}

QString GuestbookService::me() const
{
    return m_store.owner().username;
}

QList<kj::store::LocalGuestbookEntry> GuestbookService::entries(const QString &owner) const
{
    return m_repository.entriesOf(owner);
}

void GuestbookService::refresh(const QString &owner, Done done)
{
    fetchPage(owner, QString(), {}, std::move(done));
}

void GuestbookService::fetchPage(const QString &owner, const QString &cursor, QList<kj::GuestbookEntry> fetched, Done done)
{
    m_api.guestbook(owner, cursor, kj::kMaxPageSize, this,
                    [this, owner, fetched, done](kj::Result<GuestbookPage> page) mutable {
                        if (!page) {
                            Q_EMIT refreshFailed(owner, page.error());
                            if (done)
                                done(page.error());
                            return;
                        }
                        fetched.append(page->items);
                        if (!page->nextCursor.isEmpty() && fetched.size() < kRefreshLimit) {
                            fetchPage(owner, page->nextCursor, std::move(fetched), std::move(done));
                            return;
                        }
                        const kj::Status kept = m_repository.replaceFetched(owner, fetched);
                        if (kept)
                            Q_EMIT changed(owner);
                        else
                            Q_EMIT refreshFailed(owner, kept.error());
                        if (done)
                            done(kept);
                    });
}

kj::Status GuestbookService::checkText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the message is empty"));
    if (text.size() > kj::GuestbookEntry::kMaxTextLength)
        return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("the message has %1 characters; at most %2 fit")
                                                         .arg(text.size())
                                                         .arg(kj::GuestbookEntry::kMaxTextLength));
    return {};
}

kj::Result<kj::GuestbookEntry> GuestbookService::sign(const QString &owner, const QString &text, bool isPrivate)
{
    if (kj::Status fits = checkText(text); !fits)
        return fits.error();
    kj::Result<kj::GuestbookEntry> saved = m_repository.sign(owner, text, isPrivate);
    if (saved)
        written(owner);
    return saved;
}

kj::Status GuestbookService::reply(const QString &entryId, const QString &text)
{
    if (kj::Status fits = checkText(text); !fits)
        return fits;
    const std::optional<kj::store::LocalGuestbookEntry> known = m_repository.find(entryId);
    if (known && known->entry.spaceOwner.username != me())
        return kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("only the space's owner replies to its guestbook"));
    kj::Status saved = m_repository.reply(entryId, text);
    if (saved)
        written(known ? known->entry.spaceOwner.username : QString());
    return saved;
}

kj::Status GuestbookService::remove(const QString &entryId)
{
    const std::optional<kj::store::LocalGuestbookEntry> known = m_repository.find(entryId);
    kj::Status removed = m_repository.remove(entryId);
    if (removed)
        written(known ? known->entry.spaceOwner.username : QString());
    return removed;
}

void GuestbookService::written(const QString &owner)
{
    Q_EMIT changed(owner);
    if (m_sync)
        m_sync->scheduleSoon();
}

} // namespace kj::app
