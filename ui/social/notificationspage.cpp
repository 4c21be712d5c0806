#include "ui/social/notificationspage.h"

#include "app/services/notificationsservice.h"
#include "models/social/notificationlistmodel.h"
#include "ui/errortext.h"
#include "ui/relativetime.h"
#include "ui/skin.h"
#include "ui/social/notificationdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kj::ui {

using namespace std::chrono_literals;

NotificationsPage::NotificationsPage(kj::app::NotificationsService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(std::make_unique<kj::models::NotificationListModel>())
{
    setObjectName(QStringLiteral("notificationsPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_unread = new QLabel(this);
    m_unread->setObjectName(QStringLiteral("hint"));
    m_refreshButton = new QPushButton(icon(QStringLiteral("sync")), QString(), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshNotificationsButton"));
    connect(m_refreshButton, &QPushButton::clicked, &m_service, &kj::app::NotificationsService::refresh);
    m_markAllButton = new QPushButton(this);
    m_markAllButton->setObjectName(QStringLiteral("markAllReadButton"));
    connect(m_markAllButton, &QPushButton::clicked, &m_service, &kj::app::NotificationsService::markAllRead);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("notificationsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setModel(m_model.get());
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT notificationActivated(m_model->notificationAt(index.row()));
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_unread, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_refreshButton);
    header->addWidget(m_markAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    m_seenTimer.setSingleShot(true);
    m_seenTimer.setInterval(2s);
    connect(&m_seenTimer, &QTimer::timeout, this, &NotificationsPage::markSeen);

    connect(m_model.get(), &kj::models::NotificationListModel::moreRequested, &m_service,
            &kj::app::NotificationsService::fetchMore);
    connect(&m_service, &kj::app::NotificationsService::changed, this, &NotificationsPage::update);
    connect(&m_service, &kj::app::NotificationsService::unreadCountChanged, this, &NotificationsPage::update);
    connect(&m_service, &kj::app::NotificationsService::stateChanged, this, &NotificationsPage::updateStatus);
    retranslate();
}

NotificationsPage::~NotificationsPage() = default;

void NotificationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotificationsPage::retranslate()
{
    m_title->setText(tr("Notifications"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the server for new notifications"));
    m_markAllButton->setText(tr("&Mark all read"));
    // setText() replaces a button's shortcut with the mnemonic of its words.
    m_markAllButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_markAllButton->setToolTip(tr("Mark every notification read (Ctrl+Shift+M)"));
    m_status->setAccessibleName(tr("Notifications status"));
    m_list->setAccessibleName(tr("Notifications"));
    update();
    updateStatus();
}

void NotificationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_service.refresh();
    m_seenTimer.start();
}

void NotificationsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_seenTimer.stop();
}

void NotificationsPage::update()
{
    m_model->setNotifications(m_service.notifications(), m_service.hasMore());
    const int unread = m_service.unreadCount();
    m_unread->setText(unread > 0 ? tr("%n unread", nullptr, unread) : QString());
    m_markAllButton->setEnabled(unread > 0);
    m_empty->setText(tr("Nothing new.\nComments, likes, guestbook messages and friend requests show up here."));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    // What arrives while the page is in view is seen too.
    if (isVisible() && unread > 0 && !m_seenTimer.isActive())
        m_seenTimer.start();
}

void NotificationsPage::updateStatus()
{
    const std::optional<kj::Error> error = m_service.lastError();
    if (!error) {
        m_status->hide();
        return;
    }
    const bool offline = error->code == kj::ErrorCode::NetworkError || error->code == kj::ErrorCode::Timeout;
    const QString why = offline ? tr("You are offline: the server could not be reached.") : errorText(*error);
    const QDateTime fetched = m_service.fetchedAt();
    m_status->setText(fetched.isValid() ? tr("%1 Showing the notifications as of %2.")
                                              .arg(why, relativeTime(fetched, QDateTime::currentDateTimeUtc()))
                                        : why);
    m_status->show();
}

void NotificationsPage::markSeen()
{
    if (!isVisible())
        return;
    if (!window()->isActiveWindow()) {
        // In view but not looked at (another window is in front): seen when the window comes back.
        m_seenTimer.start();
        return;
    }
    const QList<kj::Notification> &shown = m_service.notifications();
    qint64 newestUnread = 0;
    for (const kj::Notification &n : shown) {
        if (!n.read)
            newestUnread = std::max(newestUnread, n.id);
    }
    if (newestUnread > 0)
        m_service.markReadUpTo(newestUnread);
}

} // namespace kj::ui
