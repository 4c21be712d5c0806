#include "app/cli/terminal.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace kj::cli {

namespace {
QString readLine(FILE *stream)
{
    QByteArray line;
    for (int c = std::fgetc(stream); c != EOF && c != '\n'; c = std::fgetc(stream))
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
} // namespace

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

kj::Result<QString> readAllStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return kj::fail(kj::ErrorCode::BadRequest, QStringLiteral("cannot read standard input"));
    return QString::fromUtf8(in.readAll());
}

kj::Result<QString> readPassword(const QString &prompt)
{
    if (!stdinIsTerminal()) {
        const QString line = readLine(stdin);
        if (line.isEmpty())
            return kj::fail(kj::ErrorCode::MissingField, QStringLiteral("no password on standard input"));
        return line;
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = readLine(stdin);
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (line.isEmpty())
        return kj::fail(kj::ErrorCode::MissingField, QStringLiteral("no password given"));
    return line;
}

kj::Result<QString> editText(const QString &initial)
{
    QTemporaryFile file(QStringLiteral("kongjian-XXXXXX.md"));
    file.setAutoRemove(true);
    if (!file.open())
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot make a temporary file: %1").arg(file.errorString()));
    file.write(initial.toUtf8());
    file.flush();
    file.close();

    QString editor = qEnvironmentVariable("EDITOR");
    if (editor.trimmed().isEmpty())
        editor = qEnvironmentVariable("VISUAL");
    if (editor.trimmed().isEmpty())
        editor = QStringLiteral("vi");
    // Through the shell, so an editor given with arguments ("code --wait") works; the file name is passed
    // as a separate argument and never parsed by the shell.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), editor + QStringLiteral(" \"$1\""),
                                              QStringLiteral("sh"), file.fileName()});
    if (!process.waitForStarted(-1))
        return kj::fail(kj::ErrorCode::BadRequest, QStringLiteral("cannot start the editor \"%1\"").arg(editor));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return kj::fail(kj::ErrorCode::Cancelled, QStringLiteral("the editor \"%1\" failed; nothing was saved").arg(editor));
    if (!file.open())
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot read back the edited text"));
    return QString::fromUtf8(file.readAll());
}

} // namespace kj::cli
