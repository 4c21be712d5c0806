#include "models/everyday/uploadtotals.h"

#include "models/store/clientstore.h"
#include "models/store/uploadrepository.h"

namespace kj::models {

UploadTotals::UploadTotals(kj::store::ClientStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // A file is queued and settled together with its outbox entry.
    connect(&store, &kj::store::ClientStore::outboxChanged, this, &UploadTotals::changed);
}

int UploadTotals::queuedFiles() const
{
    return kj::store::UploadRepository(m_store).totals().files;
}

qint64 UploadTotals::queuedBytes() const
{
    const kj::store::UploadRepository::Totals totals = kj::store::UploadRepository(m_store).totals();
    return totals.total - totals.sent;
}

} // namespace kj::models
