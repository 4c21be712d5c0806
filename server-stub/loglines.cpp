#include "server-stub/loglines.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace kj::server {

namespace {
void writeLine(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QByteArray line;
    if (context.category && std::strcmp(context.category, "default") != 0)
        line.append(context.category).append(": ");
    line.append(message.toUtf8()).append('\n');
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
