#include "app/sync/guestbookpusher.h"

#include "app/network/apiclient.h"
#include "models/domain/guestbook.h"
#include "models/store/clientstore.h"
#include "models/store/guestbookrepository.h"
#include "models/store/outbox.h"

namespace kj::app {

namespace {
using kj::store::GuestbookRepository;
using kj::store::OutboxEntry;
} // namespace

GuestbookPusher::GuestbookPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList GuestbookPusher::kinds() const
{
    return {GuestbookRepository::kKind, GuestbookRepository::kReplyKind};
}

void GuestbookPusher::push(const OutboxEntry &entry, PushRun &, Done done)
{
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    if (entry.kind == GuestbookRepository::kReplyKind)
        pushReply(entry, std::move(done));
    else if (entry.op == OutboxEntry::Op::Delete)
        pushDelete(entry, std::move(done));
    else
        pushSign(entry, std::move(done));
}

void GuestbookPusher::pushSign(const OutboxEntry &entry, Done done)
{
    const QString owner = entry.payload.value(QStringLiteral("owner")).toString();
    const kj::GuestbookWrite write{entry.itemId, entry.payload.value(QStringLiteral("text")).toString(),
                                   entry.payload.value(QStringLiteral("private")).toBool()};
    m_api.signGuestbook(owner, write, &m_context, [this, entry, owner, done](kj::Result<GuestbookWriteResult> result) {
        if (result) {
            done(GuestbookRepository(m_store).recordPushed(entry.seq, result->entry));
            return;
        }
        const kj::Error error = result.error();
        if (isRefusal(error)) {
            (void)GuestbookRepository(m_store).forget(entry.itemId);
            if (error.code == kj::ErrorCode::NotFound) {
                done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no user %1; the message was not left").arg(owner)));
                return;
            }
        }
        done(error);
    });
}

void GuestbookPusher::pushReply(const OutboxEntry &entry, Done done)
{
    const kj::GuestbookReplyWrite reply{entry.payload.value(QStringLiteral("text")).toString()};
    m_api.replyToGuestbookEntry(entry.itemId, reply, &m_context, [this, entry, done](kj::Result<kj::GuestbookEntry> result) {
        if (result) {
            done(GuestbookRepository(m_store).recordPushed(entry.seq, *result));
            return;
        }
        if (result.error().code == kj::ErrorCode::NotFound) {
            done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("the message was deleted; the reply was not sent")));
            return;
        }
        done(result.error());
    });
}

void GuestbookPusher::pushDelete(const OutboxEntry &entry, Done done)
{
    m_api.deleteGuestbookEntry(entry.itemId, &m_context, [this, entry, done](kj::Status result) {
        // Not found: gone already (an earlier try whose answer was lost, or deleted by the other side of a
        // message seen here), which is what the delete wanted. A message never seen here and never there is a
        // mistake worth telling.
        const bool gone = !result && result.error().code == kj::ErrorCode::NotFound;
        if (gone && entry.attempts == 0 && !entry.payload.contains(QStringLiteral("owner"))) {
            (void)GuestbookRepository(m_store).forget(entry.itemId);
            done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no message %1 in a guestbook you can read").arg(entry.itemId)));
            return;
        }
        if (result || gone) {
            done(GuestbookRepository(m_store).recordDeletePushed(entry.seq, entry.itemId));
            return;
        }
        done(result.error());
    });
}

} // namespace kj::app
