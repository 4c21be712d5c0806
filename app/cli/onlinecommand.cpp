#include "app/cli/onlinecommand.h"

#include "app/cli/cli.h"
#include "app/cli/terminal.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"

#include <QDir>
#include <QFile>

namespace kj::cli {

namespace {
QString reasonFor(Cli &cli, const kj::Error &error, const QString &what)
{
    if (app::ApiClient::isTransient(error))
        return QStringLiteral("%1 needs the server, which could not be reached (%2)").arg(what, cli.describe(error));
    if (error.code == kj::ErrorCode::NotFound && error.message == u"no such user")
        return QStringLiteral("%1 failed: there is no such user").arg(what);
    return QStringLiteral("%1 failed: %2").arg(what, cli.describe(error));
}
} // namespace

int failOnline(Cli &cli, const kj::Error &error, const QString &what)
{
    return cli.fail(reasonFor(cli, error, what));
}

int failWrite(Cli &cli, const kj::Error &error, const QString &what, const QString &text, const QString &retry)
{
    const QDir drafts(cli.profile().directory() + QStringLiteral("/drafts"));
    const QString path = drafts.filePath(QStringLiteral("%1.txt").arg(kj::newItemId()));
    QFile file(path);
    const QByteArray bytes = text.toUtf8();
    const bool kept = drafts.mkpath(QStringLiteral(".")) && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    file.close();
    const QString reason = reasonFor(cli, error, what);
    if (!kept)
        return cli.fail(reason);
    return cli.fail(reason + QStringLiteral(".\nYour text is kept in %1; send it again with: kongjian-cli %2 < %1").arg(path, retry));
}

kj::Result<QString> composeText()
{
    kj::Result<QString> text = stdinIsTerminal() ? editText(QString()) : readAllStdin();
    if (!text)
        return text.error();
    QString trimmed = *text;
    while (trimmed.endsWith(u'\n') || trimmed.endsWith(u'\r'))
        trimmed.chop(1);
    return trimmed;
}

} // namespace kj::cli
