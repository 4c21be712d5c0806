#include "server-stub/http/response.h"

#include "server-stub/http/filecontent.h"

#include <QJsonDocument>

namespace kj::server::http {

Response Response::json(int status, const QJsonObject &object)
{
    return Response{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json; charset=utf-8", {}};
}

Response Response::streamed(int status, std::shared_ptr<FileContent> content, QByteArray contentType)
{
    Response response{status, {}, std::move(contentType), {}};
    response.file = std::move(content);
    return response;
}

} // namespace kj::server::http
