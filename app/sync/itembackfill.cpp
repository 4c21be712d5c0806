#include "app/sync/itembackfill.h"

#include "app/network/apiclient.h"
#include "app/sync/revisionedkinds.h"
#include "models/domain/apiversion.h"
#include "models/store/clientstore.h"
#include "models/store/itemrepository.h"

namespace kj::app {

ItemBackfill::ItemBackfill(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : m_store(store), m_api(api), m_context(context)
{
}

void ItemBackfill::fetch(const QString &username, Done done)
{
    fetchPage(username, 0, QString(), std::move(done));
}

void ItemBackfill::fetchPage(const QString &username, qsizetype kindIndex, const QString &cursor, Done done)
{
    const QList<RevisionedKind> &kinds = revisionedKinds();
    while (kindIndex < kinds.size() && !kinds.at(kindIndex).listedPerUser)
        ++kindIndex;
    if (kindIndex >= kinds.size()) {
        done({});
        return;
    }
    const RevisionedKind &kind = kinds.at(kindIndex);
    m_api.userItemsJson(username, kind.collection, cursor, kj::kMaxPageSize, &m_context,
                        [this, username, kindIndex, &kind, done](kj::Result<ItemJsonPage> page) {
        if (!page) {
            done(page.error());
            return;
        }
        kj::Status applied = m_store.transaction([&]() -> kj::Status {
            kj::store::ItemRepository items(m_store);
            for (const QJsonObject &item : std::as_const(page->items)) {
                if (kj::Status valid = checkServerItem(kind, item); !valid) {
                    return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a %1 of %2 is malformed: %3")
                                                                    .arg(kind.kind, username, valid.error().message));
                }
                if (kj::Result<bool> written = items.applyServerItem(kind.kind, item); !written)
                    return written.error();
            }
            return {};
        });
        if (!applied) {
            done(applied);
            return;
        }
        if (page->nextCursor.isEmpty() || page->items.isEmpty())
            fetchPage(username, kindIndex + 1, QString(), done);
        else
            fetchPage(username, kindIndex, page->nextCursor, done);
    });
}

} // namespace kj::app
