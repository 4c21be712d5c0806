#include "server-stub/logging/logline.h"

#include "models/domain/timestamp.h"
#include "server-stub/logging/logfmt.h"

#include <cstring>

namespace kj::server::logging {

namespace {
QByteArrayView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}
} // namespace

QByteArray formatLogLine(QtMsgType type, const char *category, const QString &message, QByteArrayView requestId,
                         const QDateTime &time)
{
    const QByteArrayView logger = category ? QByteArrayView(category, qsizetype(std::strlen(category))) : "default";
    LogFmt line;
    line.add("time", toRfc3339(time)).add("level", levelName(type)).add("logger", logger);
    if (logger == QByteArrayView(kAccessCategory)) {
        line.addRaw(message.toUtf8());
    } else {
        if (!requestId.isEmpty())
            line.add("request_id", requestId);
        line.add("msg", message);
    }
    QByteArray bytes = line.bytes();
    bytes.append('\n');
    return bytes;
}

} // namespace kj::server::logging
