#include "ui/social/visitorspage.h"

#include "app/services/visitorsservice.h"
#include "models/social/visitorlistmodel.h"
#include "ui/errortext.h"
#include "ui/relativetime.h"
#include "ui/skin.h"
#include "ui/social/visitordelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kj::ui {

namespace {
using Model = kj::models::VisitorListModel;
}

VisitorsPage::VisitorsPage(kj::app::VisitorsService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(std::make_unique<Model>())
{
    setObjectName(QStringLiteral("visitorsPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("hint"));
    m_refreshButton = new QPushButton(icon(QStringLiteral("sync")), QString(), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshVisitorsButton"));
    connect(m_refreshButton, &QPushButton::clicked, &m_service, &kj::app::VisitorsService::refresh);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("visitorsStatus"));
    m_status->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("visitorList"));
    m_list->setModel(m_model.get());
    m_list->setItemDelegate(new VisitorDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list, &QAbstractItemView::activated, this, &VisitorsPage::openCurrent);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    m_openButton = new QPushButton(icon(QStringLiteral("open-space")), QString(), this);
    m_openButton->setObjectName(QStringLiteral("openSpaceButton"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, &VisitorsPage::openCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_openButton->setEnabled(current.isValid()); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_total, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_refreshButton);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_openButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);

    connect(&m_service, &kj::app::VisitorsService::changed, this, &VisitorsPage::update);
    retranslate();
}

VisitorsPage::~VisitorsPage() = default;

void VisitorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitorsPage::retranslate()
{
    m_title->setText(tr("Visitors"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the server who came lately"));
    m_status->setAccessibleName(tr("Visitors status"));
    m_list->setAccessibleName(tr("Visitors of your space"));
    m_openButton->setText(tr("&Open space"));
    m_openButton->setToolTip(tr("Visit the selected person's space (Enter)"));
    update();
}

void VisitorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_service.refresh();
}

void VisitorsPage::update()
{
    const kj::VisitorList &visitors = m_service.visitors();
    m_model->setVisits(visitors.items);
    m_openButton->setEnabled(m_list->currentIndex().isValid());
    m_refreshButton->setEnabled(!m_service.isLoading());
    m_total->setText(visitors.total > 0 ? tr("%n visit(s) in all", nullptr, int(visitors.total)) : QString());

    const std::optional<kj::Error> error = m_service.lastError();
    const bool offline = error && (error->code == kj::ErrorCode::NetworkError || error->code == kj::ErrorCode::Timeout);
    const QDateTime fetched = m_service.fetchedAt();
    if (error) {
        const QString why = offline ? tr("You are offline: the server could not be reached.") : errorText(*error);
        m_status->setText(fetched.isValid()
                              ? tr("%1 Showing the visitors as of %2.").arg(why, relativeTime(fetched, QDateTime::currentDateTimeUtc()))
                              : why);
        m_status->setProperty("state", offline ? QStringLiteral("offline") : QStringLiteral("error"));
        m_status->show();
    } else {
        m_status->hide();
    }

    if (visitors.items.isEmpty()) {
        m_empty->setText(error && !fetched.isValid()
                             ? tr("Visitors are kept on the server. Connect to see who came to your space.")
                             : tr("No visitors yet.\nWhen friends open your space, they appear here."));
    }
    m_stack->setCurrentWidget(visitors.items.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
}

void VisitorsPage::openCurrent()
{
    const QString username = m_list->currentIndex().data(Model::UsernameRole).toString();
    if (!username.isEmpty())
        Q_EMIT openSpaceRequested(username);
}

} // namespace kj::ui
