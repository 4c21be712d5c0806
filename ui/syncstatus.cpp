#include "ui/syncstatus.h"

#include "ui/errortext.h"
#include "ui/relativetime.h"

#include <QCoreApplication>

namespace kj::ui {

namespace {

using State = kj::app::SyncEngine::State;

class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(kj::ui::SyncStatus)

public:
    static QString text(const SyncStatus &status, const QDateTime &now);
    static QString toolTip(const SyncStatus &status);
};

QString SyncStatusText::text(const SyncStatus &status, const QDateTime &now)
{
    const int waiting = status.pendingCount;
    switch (status.state) {
    case State::Syncing:
        return tr("Syncing…");
    case State::Offline: {
        const int seconds = int(status.retryIn.count());
        if (waiting > 0 && seconds > 0)
            return tr("Offline — %n change(s) waiting, retrying in %1 s", nullptr, waiting).arg(seconds);
        if (waiting > 0)
            return tr("Offline — %n change(s) waiting", nullptr, waiting);
        if (seconds > 0)
            return tr("Offline — retrying in %1 s").arg(seconds);
        return tr("Offline");
    }
    case State::Error:
        if (waiting > 0)
            return tr("Sync failed — %n change(s) waiting", nullptr, waiting);
        return tr("Sync failed");
    case State::SignedOut:
        return tr("Sign in again");
    case State::Idle:
        break;
    }
    if (!status.lastSyncedAt.isValid())
        return waiting > 0 ? tr("Not synced yet — %n change(s) waiting", nullptr, waiting) : tr("Not synced yet");
    const QString when = relativeTime(status.lastSyncedAt, now);
    if (waiting > 0)
        return tr("Synced %1 — %n change(s) waiting", nullptr, waiting).arg(when);
    if (status.rejectedCount > 0)
        return tr("Synced %1 — %n change(s) refused by the server", nullptr, status.rejectedCount).arg(when);
    return tr("Synced %1").arg(when);
}

QString SyncStatusText::toolTip(const SyncStatus &status)
{
    switch (status.state) {
    case State::Syncing:
        return tr("Sending your changes and fetching your friends' news.");
    case State::Offline:
        return tr("The server cannot be reached. Everything you write is kept on this computer and sent when "
                  "the server is back. Click to try now.");
    case State::Error:
        return status.lastError ? tr("%1 Click to try again.").arg(errorText(*status.lastError))
                                : tr("Click to try again.");
    case State::SignedOut:
        return tr("The server no longer accepts this sign-in. Your diaries stay on this computer. Click to sign in "
                  "again.");
    case State::Idle:
        break;
    }
    if (status.rejectedCount > 0) {
        return tr("The server refused %n change(s) for good (say, a comment on something deleted meanwhile). Their "
                  "words are kept on this computer: Settings › Refused changes lists them (or click the refused count). Click "
                  "to sync now (F5).",
                  nullptr, status.rejectedCount);
    }
    return tr("Click to sync now (F5).");
}

} // namespace

QString SyncStatus::text(const QDateTime &now) const
{
    return SyncStatusText::text(*this, now);
}

QString SyncStatus::toolTip() const
{
    return SyncStatusText::toolTip(*this);
}

QString SyncStatus::iconName() const
{
    switch (state) {
    case State::Syncing: return QStringLiteral("syncing");
    case State::Offline: return QStringLiteral("offline");
    case State::Error: return QStringLiteral("warning");
    case State::SignedOut: return QStringLiteral("sign-in");
    case State::Idle: break;
    }
    if (pendingCount > 0 || !lastSyncedAt.isValid())
        return QStringLiteral("pending");
    return rejectedCount > 0 ? QStringLiteral("warning") : QStringLiteral("synced");
}

} // namespace kj::ui
