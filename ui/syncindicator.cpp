#include "ui/syncindicator.h"

#include "app/sync/syncengine.h"
#include "ui/skin.h"

#include <QEvent>

namespace kj::ui {

using State = kj::app::SyncEngine::State;

SyncIndicator::SyncIndicator(kj::app::SyncEngine &engine, QWidget *parent)
    : QToolButton(parent)
    , m_engine(engine)
    , m_retryAt(QDeadlineTimer::Forever)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(16, 16));
    setFocusPolicy(Qt::TabFocus);

    connect(&engine, &kj::app::SyncEngine::stateChanged, this, &SyncIndicator::onStateChanged);
    connect(&engine, &kj::app::SyncEngine::finished, this, &SyncIndicator::onStateChanged);
    connect(&engine, &kj::app::SyncEngine::pendingCountChanged, this, &SyncIndicator::refresh);
    connect(&engine, &kj::app::SyncEngine::lastSyncedAtChanged, this, &SyncIndicator::refresh);
    connect(&engine, &kj::app::SyncEngine::lastErrorChanged, this, &SyncIndicator::refresh);
    connect(&engine, &kj::app::SyncEngine::changeRejected, this, &SyncIndicator::refresh);
    connect(this, &QToolButton::clicked, this, &SyncIndicator::onClicked);
    connect(&m_tick, &QTimer::timeout, this, &SyncIndicator::refresh);
    onStateChanged();
}

SyncStatus SyncIndicator::status() const
{
    SyncStatus status;
    status.state = m_engine.state();
    status.pendingCount = m_engine.pendingCount();
    status.rejectedCount = m_engine.rejectedCount();
    status.lastSyncedAt = m_engine.lastSyncedAt();
    status.lastError = m_engine.lastError();
    if (status.state == State::Offline && !m_retryAt.isForever()) {
        // Round up: "retrying in 1 s" until it happens, never "in 0 s".
        const qint64 ms = m_retryAt.remainingTime();
        status.retryIn = std::chrono::seconds((ms + 999) / 1000);
    }
    return status;
}

void SyncIndicator::onStateChanged()
{
    const auto delay = m_engine.retryDelay();
    m_retryAt = delay.count() > 0 ? QDeadlineTimer(delay) : QDeadlineTimer(QDeadlineTimer::Forever);
    // A countdown needs a tick a second; "2 minutes ago" needs one now and then.
    m_tick.start(m_engine.state() == State::Offline ? 1000 : 20000);
    refresh();
}

void SyncIndicator::refresh()
{
    const SyncStatus current = status();
    const QString text = current.text(QDateTime::currentDateTimeUtc());
    setText(text);
    setIcon(kj::ui::icon(current.iconName()));
    setToolTip(current.toolTip());
    setAccessibleName(tr("Sync status"));
    setAccessibleDescription(text);
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

void SyncIndicator::onClicked()
{
    if (m_engine.state() == State::SignedOut)
        Q_EMIT signInRequested();
    else
        m_engine.syncNow();
}

} // namespace kj::ui
