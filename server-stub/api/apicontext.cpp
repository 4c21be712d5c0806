#include "server-stub/api/apicontext.h"

#include "server-stub/store/database.h"

namespace kj::server::api {

QSqlDatabase ApiContext::db() const
{
    return database->connection();
}

} // namespace kj::server::api
