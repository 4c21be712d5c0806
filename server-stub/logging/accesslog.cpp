#include "server-stub/logging/accesslog.h"

#include "server-stub/logging/logfmt.h"
#include "server-stub/logging/logline.h"

Q_LOGGING_CATEGORY(lcAccess, kj::server::logging::kAccessCategory)

namespace kj::server::logging {

QByteArray accessFields(const AccessRecord &record)
{
    LogFmt fields;
    fields.add("request_id", record.requestId)
        .add("method", record.method)
        .add("route", record.route.isEmpty() ? QByteArrayView("-") : QByteArrayView(record.route.toUtf8()))
        .add("path", record.path)
        .add("status", qint64(record.status))
        .add("bytes", qint64(record.bytes))
        .addMilliseconds("duration_ms", record.duration)
        .add("remote", record.remoteAddress);
    if (record.beforeBody)
        fields.add("body", QByteArrayView("unread"));
    return fields.bytes();
}

void logAccess(const AccessRecord &record)
{
    if (lcAccess().isInfoEnabled())
        qCInfo(lcAccess).noquote() << QString::fromUtf8(accessFields(record));
}

} // namespace kj::server::logging
