#include "ui/friendspage.h"

#include "app/services/friendsservice.h"
#include "models/domain/ids.h"
#include "models/friendlistmodel.h"
#include "models/friendrequestmodel.h"
#include "ui/errortext.h"
#include "ui/persondelegate.h"
#include "ui/skin.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kj::ui {

namespace {

QListView *makeList(QAbstractItemModel &model, const QString &objectName, QWidget *parent)
{
    auto *list = new QListView(parent);
    list->setObjectName(objectName);
    list->setModel(&model);
    list->setItemDelegate(new PersonDelegate(list));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMouseTracking(true);
    return list;
}

QLabel *makeSectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

FriendsPage::FriendsPage(kj::models::FriendListModel &friends, kj::models::FriendRequestModel &incoming,
                         kj::models::FriendRequestModel &outgoing, kj::app::FriendsService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_friends(friends)
    , m_incoming(incoming)
{
    setObjectName(QStringLiteral("friendsPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));

    m_addField = new QLineEdit(this);
    m_addField->setObjectName(QStringLiteral("addFriendField"));
    m_addField->setClearButtonEnabled(true);
    m_addButton = new QPushButton(icon(QStringLiteral("add-friend")), QString(), this);
    m_addButton->setObjectName(QStringLiteral("addFriendButton"));
    m_addButton->setProperty("primary", true);
    connect(m_addField, &QLineEdit::returnPressed, this, &FriendsPage::sendRequest);
    connect(m_addField, &QLineEdit::textChanged, this, &FriendsPage::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &FriendsPage::sendRequest);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addField, 1);
    addRow->addWidget(m_addButton);

    m_friendsTitle = makeSectionTitle(this);
    m_friendList = makeList(friends, QStringLiteral("friendList"), this);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeFriendButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &FriendsPage::removeSelectedFriend);
    m_openSpaceButton = new QPushButton(icon(QStringLiteral("open-space")), QString(), this);
    m_openSpaceButton->setObjectName(QStringLiteral("openSpaceButton"));
    connect(m_openSpaceButton, &QPushButton::clicked, this, &FriendsPage::openSelectedSpace);
    connect(m_friendList, &QListView::activated, this, &FriendsPage::openSelectedSpace);

    m_incomingTitle = makeSectionTitle(this);
    m_incomingList = makeList(incoming, QStringLiteral("incomingList"), this);
    m_acceptButton = new QPushButton(icon(QStringLiteral("accept")), QString(), this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_declineButton = new QPushButton(icon(QStringLiteral("decline")), QString(), this);
    m_declineButton->setObjectName(QStringLiteral("declineButton"));
    connect(m_acceptButton, &QPushButton::clicked, this, &FriendsPage::acceptSelected);
    connect(m_declineButton, &QPushButton::clicked, this, &FriendsPage::declineSelected);

    m_outgoingTitle = makeSectionTitle(this);
    m_outgoingList = makeList(outgoing, QStringLiteral("outgoingList"), this);

    auto *friendsColumn = new QVBoxLayout;
    friendsColumn->addWidget(m_friendsTitle);
    friendsColumn->addWidget(m_friendList, 1);
    auto *friendButtons = new QHBoxLayout;
    friendButtons->addStretch(1);
    friendButtons->addWidget(m_removeButton);
    friendButtons->addWidget(m_openSpaceButton);
    friendsColumn->addLayout(friendButtons);

    // Requests and (with addGroupsPanel()) my friend groups share the right column as tabs, so the page
    // stays as short as it was.
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("friendsSideTabs"));
    m_side->setTabBarAutoHide(true);
    m_side->setDocumentMode(true);
    auto *requestsPage = new QWidget(m_side);
    auto *requestsColumn = new QVBoxLayout(requestsPage);
    requestsColumn->setContentsMargins(0, 6, 0, 0);
    requestsColumn->addWidget(m_incomingTitle);
    requestsColumn->addWidget(m_incomingList, 1);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addStretch(1);
    requestButtons->addWidget(m_declineButton);
    requestButtons->addWidget(m_acceptButton);
    requestsColumn->addLayout(requestButtons);
    requestsColumn->addSpacing(8);
    requestsColumn->addWidget(m_outgoingTitle);
    requestsColumn->addWidget(m_outgoingList, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addLayout(friendsColumn, 1);
    m_side->addTab(requestsPage, QString());
    columns->addWidget(m_side, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(addRow);
    layout->addWidget(m_status);
    layout->addLayout(columns, 1);

    for (QListView *list : {m_friendList, m_incomingList})
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FriendsPage::updateButtons);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(&friends), static_cast<QAbstractItemModel *>(&incoming),
                                      static_cast<QAbstractItemModel *>(&outgoing)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &FriendsPage::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FriendsPage::updateButtons);
        connect(model, &QAbstractItemModel::modelReset, this, &FriendsPage::updateButtons);
    }
    retranslate();
}

void FriendsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FriendsPage::retranslate()
{
    m_title->setText(tr("Friends"));
    m_addField->setPlaceholderText(tr("Username of a friend to add"));
    m_addField->setAccessibleName(tr("Username of a friend to add"));
    m_addButton->setText(tr("Send friend request"));
    m_status->setAccessibleName(tr("Result"));
    m_friendList->setAccessibleName(tr("Your friends"));
    m_removeButton->setText(tr("Remove friend"));
    m_removeButton->setAccessibleName(tr("Remove the selected friend"));
    m_openSpaceButton->setText(tr("Open space"));
    m_openSpaceButton->setAccessibleName(tr("Open the selected friend's space"));
    m_openSpaceButton->setToolTip(tr("Visit this friend's space (or double-click them)"));
    m_incomingList->setAccessibleName(tr("Friend requests to you"));
    m_acceptButton->setText(tr("Accept"));
    m_declineButton->setText(tr("Decline"));
    m_outgoingList->setAccessibleName(tr("Friend requests you sent"));
    m_side->setTabText(0, tr("Requests"));
    if (m_side->count() > 1)
        m_side->setTabText(1, tr("Groups"));
    updateButtons();
}

void FriendsPage::addGroupsPanel(QWidget *panel)
{
    m_side->addTab(panel, icon(QStringLiteral("friend-group")), tr("Groups"));
}

void FriendsPage::showGroups()
{
    if (m_side->count() > 1)
        m_side->setCurrentIndex(1);
}

void FriendsPage::openSelectedSpace()
{
    const QModelIndex current = m_friendList->currentIndex();
    if (current.isValid())
        Q_EMIT openSpaceRequested(current.data(kj::models::FriendListModel::UsernameRole).toString());
}

void FriendsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Sync keeps the lists current; a refresh on showing the page makes them current at once when online.
    m_service.refresh();
}

void FriendsPage::sendRequest()
{
    const QString username = m_addField->text().trimmed().toLower();
    if (username.isEmpty() || m_busy)
        return;
    if (!kj::isValidUsername(username)) {
        setStatus(tr("“%1” is not a valid username: 3 to 32 letters, digits, '_' or '.'.").arg(username), true);
        return;
    }
    setStatus(tr("Sending a friend request to %1…").arg(username), false);
    m_service.sendRequest(username, whenAnswered<kj::FriendRequest>(tr("Friend request sent to %1.").arg(username),
                                                                    [this] { m_addField->clear(); }));
}

QString FriendsPage::selectedRequestId() const
{
    const QModelIndex current = m_incomingList->selectionModel()->currentIndex();
    if (!current.isValid() || !m_incomingList->selectionModel()->isSelected(current))
        return {};
    return current.data(kj::models::FriendRequestModel::IdRole).toString();
}

void FriendsPage::acceptSelected()
{
    const QString id = selectedRequestId();
    if (id.isEmpty() || m_busy)
        return;
    const QString name = m_incomingList->currentIndex().data(kj::models::FriendRequestModel::DisplayNameRole).toString();
    m_service.accept(id, whenAnswered<kj::Friend>(tr("You and %1 are friends now.").arg(name)));
}

void FriendsPage::declineSelected()
{
    const QString id = selectedRequestId();
    if (id.isEmpty() || m_busy)
        return;
    m_service.decline(id, whenAnswered<void>(tr("Request declined.")));
}

void FriendsPage::removeSelectedFriend()
{
    const QModelIndex current = m_friendList->currentIndex();
    if (!current.isValid() || m_busy)
        return;
    const QString username = current.data(kj::models::FriendListModel::UsernameRole).toString();
    const QString name = current.data(kj::models::FriendListModel::DisplayNameRole).toString();
    QMessageBox box(QMessageBox::Question, tr("Remove friend"),
                    tr("Remove %1 from your friends? You will no longer see each other's diaries for friends.").arg(name),
                    QMessageBox::NoButton, this);
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_service.removeFriend(username, whenAnswered<void>(tr("%1 is no longer your friend.").arg(name)));
}

template<typename T>
std::function<void(kj::Result<T>)> FriendsPage::whenAnswered(const QString &success, std::function<void()> onSuccess)
{
    setBusy(true);
    return [self = QPointer<FriendsPage>(this), success, onSuccess](const kj::Result<T> &result) {
        if (!self)
            return;
        self->setBusy(false);
        if (!result) {
            self->setStatus(errorText(result.error()), true);
            return;
        }
        if (onSuccess)
            onSuccess();
        self->setStatus(success, false);
    };
}

void FriendsPage::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButtons();
}

void FriendsPage::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setObjectName(isError ? QStringLiteral("error") : QStringLiteral("hint"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void FriendsPage::updateButtons()
{
    m_addButton->setEnabled(!m_busy && !m_addField->text().trimmed().isEmpty());
    const bool requestSelected = !selectedRequestId().isEmpty();
    m_acceptButton->setEnabled(!m_busy && requestSelected);
    m_declineButton->setEnabled(!m_busy && requestSelected);
    m_removeButton->setEnabled(!m_busy && m_friendList->selectionModel()->hasSelection());
    m_openSpaceButton->setEnabled(m_friendList->selectionModel()->hasSelection());

    m_friendsTitle->setText(tr("Your friends (%1)").arg(m_friends.rowCount()));
    m_incomingTitle->setText(tr("Requests to you (%1)").arg(m_incoming.rowCount()));
    const int outgoing = m_outgoingList->model()->rowCount();
    m_outgoingTitle->setText(tr("Requests you sent (%1)").arg(outgoing));
}

} // namespace kj::ui
