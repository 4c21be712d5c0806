#include "app/cli/uploadreport.h"

#include "app/cli/cli.h"
#include "app/clientsession.h"
#include "app/media/uploadqueue.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"

#include <unistd.h>

namespace kj::cli {

UploadReport::UploadReport(Cli &cli, app::SyncEngine &sync) : m_cli(cli), m_terminal(::isatty(STDERR_FILENO) == 1)
{
    app::UploadPusher &uploads = sync.uploads();
    QObject::connect(&uploads, &app::UploadPusher::fileProgress, &m_context,
                     [this](const QString &itemId, const QString &fileName, qint64 sent, qint64 total) {
                         onFileProgress(itemId, fileName, sent, total);
                     });
    QObject::connect(&uploads, &app::UploadPusher::overallProgress, &m_context, [this](qint64 sent, qint64 total) {
        m_overall = total > 0 && sent < total ? QStringLiteral("  (all: %1 of %2)").arg(showBytes(sent), showBytes(total)) : QString();
    });
    QObject::connect(&uploads, &app::UploadPusher::uploaded, &m_context,
                     [this](const QString &, const QString &itemId, const QJsonObject &item) {
                         m_uploaded.insert(itemId, item);
                         m_uploadedBytes += m_sizes.value(itemId);
                     });
    QObject::connect(&sync, &app::SyncEngine::changeRejected, &m_context,
                     [this](const QString &kind, const QString &itemId, const kj::Error &error) {
                         if (kind == app::UploadQueue::kPhotoKind || kind == app::UploadQueue::kTrackKind) {
                             finishLine();
                             m_rejected.insert(itemId, error);
                         }
                     });
}

UploadReport::~UploadReport()
{
    finishLine();
}

void UploadReport::onFileProgress(const QString &itemId, const QString &fileName, qint64 sent, qint64 total)
{
    m_sizes.insert(itemId, total);
    const QString line = QStringLiteral("%1: %2% of %3 bytes").arg(fileName).arg(total > 0 ? sent * 100 / total : 100).arg(total);
    if (m_terminal) {
        // Redrawn in place; erasing to the end of the line wipes a longer one drawn before.
        m_cli.err() << '\r' << line << (sent < total ? m_overall : QString()) << "\x1b[K";
        m_cli.err().flush();
        m_lineOpen = true;
        if (sent >= total)
            finishLine();
    } else if (sent >= total) {
        m_cli.err() << line << '\n';
        m_cli.err().flush();
    }
}

void UploadReport::printSummary()
{
    finishLine();
    if (m_uploaded.isEmpty() && m_rejected.isEmpty())
        return;
    const qsizetype done = m_uploaded.size();
    m_cli.err() << "Uploaded " << done << (done == 1 ? " file" : " files") << " (" << showBytes(m_uploadedBytes) << ")";
    if (!m_rejected.isEmpty())
        m_cli.err() << "; " << m_rejected.size() << " refused (kept among the rejected changes, see \"kongjian-cli status\")";
    m_cli.err() << ".\n";
    m_cli.err().flush();
}

void UploadReport::finishLine()
{
    if (!m_lineOpen)
        return;
    m_cli.err() << '\n';
    m_cli.err().flush();
    m_lineOpen = false;
}

int sendQueuedUploads(Cli &cli, app::ClientSession &session, const QStringList &queued, const QHash<QString, QString> &files,
                      const std::function<void(const QString &id, const QJsonObject &item)> &onUploaded)
{
    kj::Status synced;
    QHash<QString, QJsonObject> uploaded;
    QHash<QString, kj::Error> rejected;
    {
        UploadReport report(cli, session.sync());
        synced = cli.syncOnce();
        uploaded = report.uploaded();
        rejected = report.rejected();
    }
    int refused = 0;
    int waiting = 0;
    for (const QString &id : queued) {
        if (const auto error = rejected.constFind(id); error != rejected.cend()) {
            cli.fail(QStringLiteral("%1 was refused: %2").arg(files.value(id), cli.describe(*error)));
            ++refused;
        } else if (const auto item = uploaded.constFind(id); item != uploaded.cend()) {
            if (onUploaded)
                onUploaded(id, *item);
        } else {
            ++waiting;
        }
    }
    if (waiting > 0) {
        cli.err() << "Saved here; not sent yet (" << waiting << (waiting == 1 ? " upload" : " uploads") << " waiting)"
                  << (synced ? QString() : QStringLiteral(": ") + cli.describe(synced.error())) << ".\n"
                  << "The upload goes on where it stopped with the next successful \"kongjian-cli sync\".\n";
        cli.err().flush();
    }
    return refused;
}

QString showBytes(qint64 bytes)
{
    if (bytes >= 1000 * 1000)
        return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    if (bytes >= 1000)
        return QStringLiteral("%1 kB").arg((bytes + 500) / 1000);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace kj::cli
