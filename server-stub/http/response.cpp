#include "server-stub/http/response.h"

#include <QJsonDocument>

namespace kj::server::http {

Response Response::json(int status, const QJsonObject &object)
{
    return Response{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json; charset=utf-8", {}};
}

} // namespace kj::server::http
