#include "app/services/myitems.h"

#include "app/clientsession.h"
#include "app/sync/revisionedkinds.h"

namespace kj::app {

kj::Result<kj::store::CachedItem> saveMyItem(ClientSession &session, const QString &kind, const QJsonObject &json,
                                             qint64 revision, const CheckWrite &check)
{
    if (kj::Status valid = check(writeBody(*findRevisionedKind(kind), json, revision)); !valid)
        return valid.error();
    return kj::store::ItemRepository(session.store()).saveMine(kind, json);
}

} // namespace kj::app
