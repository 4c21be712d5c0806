#pragma once

#include "ui/syncstatus.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QToolButton>

namespace kj::app {
class SyncEngine;
}

namespace kj::ui {

//! The sync state in the status bar, as an icon and words ("Synced 2 minutes ago", "Syncing…", "Offline —
//! 3 changes waiting, retrying in 30 s", "Sign in again"), kept current from the SyncEngine's signals.
//! Clicking it syncs now, or asks to sign in again when the server refused the session.
class SyncIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncIndicator(kj::app::SyncEngine &engine, QWidget *parent = nullptr);

    //! What is shown now.
    [[nodiscard]] SyncStatus status() const;

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onStateChanged();
    void onClicked();

    kj::app::SyncEngine &m_engine;
    QDeadlineTimer m_retryAt;
    QTimer m_tick;
};

} // namespace kj::ui
