#include "app/sync/commentapplier.h"

#include "models/domain/change.h"
#include "models/domain/comment.h"
#include "models/store/commentrepository.h"

namespace kj::app {

CommentApplier::CommentApplier(kj::store::ClientStore &store) : m_store(store) {}

QStringList CommentApplier::kinds() const
{
    return {kj::store::CommentRepository::kKind};
}

kj::Status CommentApplier::apply(const kj::Change &change)
{
    kj::store::CommentRepository comments(m_store);
    if (change.op != kj::Change::Op::Upsert) {
        kj::Result<bool> removed = comments.removeServerComment(change.id);
        if (!removed)
            return removed.error();
        return {};
    }
    kj::Result<kj::Comment> comment = kj::Comment::fromJson(change.item);
    if (!comment)
        return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a changed comment is malformed: %1").arg(comment.error().message));
    if (comment->id != change.id)
        return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a changed comment names another id (%1)").arg(comment->id));
    kj::Result<bool> applied = comments.applyServerComment(*comment);
    if (!applied)
        return applied.error();
    return {};
}

} // namespace kj::app
