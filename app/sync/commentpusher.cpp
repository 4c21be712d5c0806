#include "app/sync/commentpusher.h"

#include "app/network/apiclient.h"
#include "models/domain/comment.h"
#include "models/store/clientstore.h"
#include "models/store/commentrepository.h"
#include "models/store/outbox.h"

namespace kj::app {

namespace {
using kj::store::OutboxEntry;
}

CommentPusher::CommentPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList CommentPusher::kinds() const
{
    return {kj::store::CommentRepository::kKind};
}

void CommentPusher::push(const OutboxEntry &entry, PushRun &, Done done)
{
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    if (entry.op == OutboxEntry::Op::Delete) {
        m_api.deleteComment(entry.itemId, &m_context, [this, entry, done](kj::Status result) {
            // Not found: gone already (an earlier try whose answer was lost, deleted by the item's owner, or
            // never arrived) when it was known here; a comment never seen here is a mistake worth telling.
            const bool gone = !result && result.error().code == kj::ErrorCode::NotFound;
            if (gone && entry.attempts == 0 && !entry.payload.contains(QStringLiteral("itemKind"))) {
                done(kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no comment %1 that you can see").arg(entry.itemId)));
                return;
            }
            if (result || gone) {
                done(kj::store::CommentRepository(m_store).recordDeletePushed(entry.seq, entry.itemId));
                return;
            }
            done(result.error());
        });
        return;
    }
    const std::optional<kj::ItemKind> kind = kj::itemKindFromName(entry.payload.value(QStringLiteral("itemKind")).toString());
    const QString itemId = entry.payload.value(QStringLiteral("itemId")).toString();
    const QJsonValue replyTo = entry.payload.value(QStringLiteral("replyTo"));
    const kj::CommentWrite write{entry.itemId, entry.payload.value(QStringLiteral("text")).toString(),
                                 replyTo.isString() ? std::optional<QString>(replyTo.toString()) : std::nullopt};
    if (!kind) {
        done(kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("a queued comment names no item")));
        return;
    }
    m_api.postComment(*kind, itemId, write, &m_context, [this, entry, done](kj::Result<CommentResult> result) {
        if (result) {
            done(kj::store::CommentRepository(m_store).recordPushed(entry.seq, result->comment));
            return;
        }
        const kj::Error error = result.error();
        if (isRefusal(error)) {
            // The engine keeps the entry, with the words, among the rejected changes; the cache stops
            // showing a comment that will never be there.
            (void)kj::store::CommentRepository(m_store).forget(entry.itemId);
            if (error.code == kj::ErrorCode::NotFound) {
                done(kj::fail(kj::ErrorCode::NotFound,
                              QStringLiteral("there is no %1 %2 that you can see (deleted, or not shown to you); the comment "
                                             "was not posted")
                                  .arg(entry.payload.value(QStringLiteral("itemKind")).toString(),
                                       entry.payload.value(QStringLiteral("itemId")).toString())));
                return;
            }
            done(error);
            return;
        }
        done(error);
    });
}

} // namespace kj::app
