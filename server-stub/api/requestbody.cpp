#include "server-stub/api/requestbody.h"

#include "models/domain/jsonreader.h"

namespace kj::server::api {

Result<QJsonObject> jsonBody(const http::Request &request)
{
    const QByteArray contentType = request.header("content-type").trimmed().toLower();
    if (!contentType.isEmpty()) {
        const QList<QByteArray> parts = contentType.split(';');
        bool ok = parts.first().trimmed() == "application/json";
        for (qsizetype i = 1; ok && i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("charset="))
                ok = parameter.mid(8) == "utf-8" || parameter.mid(8) == "\"utf-8\"";
        }
        if (!ok) {
            return fail(ErrorCode::UnsupportedMediaType,
                        QStringLiteral("the body must be application/json, not %1").arg(QString::fromLatin1(contentType)));
        }
    }
    return parseJsonObject(request.body);
}

} // namespace kj::server::api
