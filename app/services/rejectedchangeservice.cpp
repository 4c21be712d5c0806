#include "app/services/rejectedchangeservice.h"

#include "models/store/clientstore.h"
#include "models/store/outbox.h"

namespace kj::app {

RejectedChangeService::RejectedChangeService(kj::store::ClientStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

int RejectedChangeService::count() const
{
    return m_store.outbox().rejectedCount();
}

kj::Status RejectedChangeService::dismiss(qint64 id)
{
    return m_store.outbox().dismissRejected(id);
}

kj::Status RejectedChangeService::dismissAll()
{
    // One transaction: the list empties at once, and its change signal comes once.
    return m_store.transaction([this]() -> kj::Status {
        for (const kj::store::RejectedChange &change : m_store.outbox().rejected()) {
            if (kj::Status dismissed = m_store.outbox().dismissRejected(change.id); !dismissed)
                return dismissed;
        }
        return {};
    });
}

} // namespace kj::app
