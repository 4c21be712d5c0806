#include "server-stub/loglines.h"

#include "server-stub/logging/logline.h"
#include "server-stub/logging/requestscope.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>
#include <cerrno>
#include <unistd.h>

namespace kj::server {

namespace {
void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = logging::formatLogLine(type, context.category, message, logging::RequestScope::current(),
                                                   QDateTime::currentDateTimeUtc());
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t written = ::write(STDERR_FILENO, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // stderr is gone: nowhere left to say so
        data += written;
        left -= written;
    }
}
} // namespace

void writeLogLinesDirectly()
{
    if (qEnvironmentVariableIsSet("QT_MESSAGE_PATTERN"))
        return;
    qInstallMessageHandler(writeLine);
}

} // namespace kj::server
