#pragma once

#include "models/domain/error.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace kj::app {
class ClientSession;
class SyncEngine;
} // namespace kj::app

namespace kj::cli {

class Cli;

//! While it lives, shows on standard error how the uploads of a sync go: on a terminal, one line per file
//! redrawn as its bytes go up and the total over all queued files; otherwise one line per file once it is
//! whole. Collects which queued items became items on the server and which the server refused.
class UploadReport
{
public:
    UploadReport(Cli &cli, app::SyncEngine &sync);
    ~UploadReport();
    UploadReport(const UploadReport &) = delete;
    UploadReport &operator=(const UploadReport &) = delete;

    //! Items made on the server: id -> the item's JSON as the server answered.
    [[nodiscard]] const QHash<QString, QJsonObject> &uploaded() const { return m_uploaded; }
    //! Queued items the server (or the file on disk) refused for good: id -> why.
    [[nodiscard]] const QHash<QString, kj::Error> &rejected() const { return m_rejected; }
    //! Bytes of the files whose upload finished.
    [[nodiscard]] qint64 uploadedBytes() const { return m_uploadedBytes; }
    //! One line on standard error, when any upload finished or was refused: how many, how many bytes.
    void printSummary();

private:
    void onFileProgress(const QString &itemId, const QString &fileName, qint64 sent, qint64 total);
    void finishLine();

    Cli &m_cli;
    QObject m_context; // scopes the connections
    bool m_terminal;
    QString m_overall;
    bool m_lineOpen = false;
    QHash<QString, QJsonObject> m_uploaded;
    QHash<QString, kj::Error> m_rejected;
    QHash<QString, qint64> m_sizes;
    qint64 m_uploadedBytes = 0;
};

//! After uploads were queued: syncs once, showing their progress, and says what became of `queued` (ids, with
//! their files in `files`): each one refused for good gets an error line; when the sync could not finish, the
//! ones still waiting are said to be saved here. `onUploaded` hears each item made on the server. How many
//! were refused.
[[nodiscard]] int sendQueuedUploads(Cli &cli, app::ClientSession &session, const QStringList &queued,
                                    const QHash<QString, QString> &files,
                                    const std::function<void(const QString &id, const QJsonObject &item)> &onUploaded = {});

//! "1.5 MB", "830 kB", "12 bytes".
[[nodiscard]] QString showBytes(qint64 bytes);

} // namespace kj::cli
