#include "ui/everyday/friendgroupspanel.h"

#include "app/services/friendgroupservice.h"
#include "models/everyday/friendgroupmodel.h"
#include "models/friendlistmodel.h"
#include "ui/errortext.h"
#include "ui/skin.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kj::ui {

FriendGroupsPanel::FriendGroupsPanel(kj::models::FriendGroupModel &groups, kj::models::FriendListModel &friends,
                                     kj::app::FriendGroupService &service, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups)
    , m_friends(friends)
    , m_service(service)
{
    setObjectName(QStringLiteral("friendGroupsPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));

    m_groupList = new QListView(this);
    m_groupList->setObjectName(QStringLiteral("groupList"));
    m_groupList->setModel(&groups);
    m_groupList->setSelectionMode(QAbstractItemView::SingleSelection);

    m_new = new QPushButton(icon(QStringLiteral("friend-group")), QString(), this);
    m_new->setObjectName(QStringLiteral("newGroupButton"));
    m_rename = new QPushButton(this);
    m_rename->setObjectName(QStringLiteral("renameGroupButton"));
    m_delete = new QPushButton(icon(QStringLiteral("delete")), QString(), this);
    m_delete->setObjectName(QStringLiteral("deleteGroupButton"));
    connect(m_new, &QPushButton::clicked, this, &FriendGroupsPanel::newGroup);
    connect(m_rename, &QPushButton::clicked, this, &FriendGroupsPanel::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &FriendGroupsPanel::deleteCurrent);

    m_membersTitle = new QLabel(this);
    m_membersTitle->setObjectName(QStringLiteral("hint"));
    m_membersTitle->setWordWrap(true);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("memberList"));
    connect(m_members, &QListWidget::itemChanged, this, &FriendGroupsPanel::onMemberChanged);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_groupList, 1);
    auto *membersColumn = new QVBoxLayout;
    membersColumn->addWidget(m_membersTitle);
    membersColumn->addWidget(m_members, 1);
    lists->addLayout(membersColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(lists, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_groupList->selectionModel(), &QItemSelectionModel::currentChanged, this, &FriendGroupsPanel::fillMembers);
    // A tick saves the group, whose row then changes: the member list is filled again after the tick's signal
    // has returned, never under the item being ticked.
    const auto refill = [this] { QMetaObject::invokeMethod(this, &FriendGroupsPanel::fillMembers, Qt::QueuedConnection); };
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(&groups), static_cast<QAbstractItemModel *>(&friends)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, refill);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refill);
        connect(model, &QAbstractItemModel::modelReset, this, refill);
        connect(model, &QAbstractItemModel::dataChanged, this, refill);
    }
    retranslate();
}

void FriendGroupsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FriendGroupsPanel::retranslate()
{
    m_title->setText(tr("Friend groups"));
    m_groupList->setAccessibleName(tr("Your friend groups"));
    m_new->setText(tr("New group…"));
    m_new->setAccessibleName(tr("Make a new friend group"));
    m_rename->setText(tr("Rename…"));
    m_rename->setAccessibleName(tr("Rename the friend group"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the friend group"));
    m_members->setAccessibleName(tr("Members of the friend group"));
    m_status->setAccessibleName(tr("Result"));
    fillMembers();
}

void FriendGroupsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Groups made on another device arrive with this; offline, what is saved here is shown.
    m_service.refresh();
}

QString FriendGroupsPanel::currentGroupId() const
{
    return m_groupList->currentIndex().data(kj::models::FriendGroupModel::IdRole).toString();
}

QString FriendGroupsPanel::newGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New friend group"), tr("Name of the group (for example Family):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return {};
    return createGroup(name);
}

QString FriendGroupsPanel::createGroup(const QString &name)
{
    const kj::Result<kj::FriendGroup> made = m_service.create(name);
    if (!made) {
        setStatus(tr("Group not made: %1").arg(errorText(made.error())), true);
        return {};
    }
    selectGroup(made->id);
    setStatus(tr("Group “%1” made. Tick the friends who belong to it.").arg(made->name), false);
    return made->id;
}

void FriendGroupsPanel::renameCurrent()
{
    const QModelIndex current = m_groupList->currentIndex();
    if (!current.isValid())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename friend group"), tr("New name:"), QLineEdit::Normal,
                                               current.data(kj::models::FriendGroupModel::NameRole).toString(), &ok);
    if (ok)
        renameCurrentTo(name);
}

bool FriendGroupsPanel::renameCurrentTo(const QString &name)
{
    const QString id = currentGroupId();
    if (id.isEmpty())
        return false;
    const kj::Result<kj::FriendGroup> renamed = m_service.rename(id, name);
    if (!renamed) {
        setStatus(tr("Not renamed: %1").arg(errorText(renamed.error())), true);
        return false;
    }
    selectGroup(id);
    setStatus(tr("Renamed to “%1”.").arg(renamed->name), false);
    return true;
}

void FriendGroupsPanel::deleteCurrent()
{
    const QModelIndex current = m_groupList->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(kj::models::FriendGroupModel::NameRole).toString();
    QMessageBox box(QMessageBox::Question, tr("Delete friend group"),
                    tr("Delete the group “%1”? What you showed only to it will then be seen by you alone.").arg(name),
                    QMessageBox::NoButton, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        deleteCurrentWithoutAsking();
}

bool FriendGroupsPanel::deleteCurrentWithoutAsking()
{
    const QString id = currentGroupId();
    if (id.isEmpty())
        return false;
    if (const kj::Status removed = m_service.remove(id); !removed) {
        setStatus(tr("Not deleted: %1").arg(errorText(removed.error())), true);
        return false;
    }
    setStatus(tr("Group deleted."), false);
    return true;
}

bool FriendGroupsPanel::setMember(const QString &username, bool member)
{
    const QString id = currentGroupId();
    if (id.isEmpty())
        return false;
    const kj::Result<kj::FriendGroup> changed = member ? m_service.addMember(id, username) : m_service.removeMember(id, username);
    if (!changed) {
        setStatus(tr("Not changed: %1").arg(errorText(changed.error())), true);
        fillMembers();
        return false;
    }
    setStatus({}, false);
    return true;
}

void FriendGroupsPanel::selectGroup(const QString &id)
{
    const int row = m_groups.rowOf(id);
    if (row >= 0)
        m_groupList->setCurrentIndex(m_groups.index(row));
    fillMembers();
}

void FriendGroupsPanel::fillMembers()
{
    m_filling = true;
    const QModelIndex current = m_groupList->currentIndex();
    const QStringList members = current.data(kj::models::FriendGroupModel::MembersRole).toStringList();
    m_members->clear();
    if (current.isValid()) {
        for (int row = 0; row < m_friends.rowCount(); ++row) {
            const QModelIndex friendIndex = m_friends.index(row);
            const QString username = friendIndex.data(kj::models::FriendListModel::UsernameRole).toString();
            auto *item = new QListWidgetItem(friendIndex.data(kj::models::FriendListModel::DisplayNameRole).toString(), m_members);
            item->setData(Qt::UserRole, username);
            item->setToolTip(QStringLiteral("@") + username);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(members.contains(username) ? Qt::Checked : Qt::Unchecked);
        }
        // Members who are no longer my friends stay listed, so they can be taken out.
        for (const QString &username : members) {
            bool listed = false;
            for (int row = 0; row < m_members->count() && !listed; ++row)
                listed = m_members->item(row)->data(Qt::UserRole).toString() == username;
            if (listed)
                continue;
            auto *item = new QListWidgetItem(username, m_members);
            item->setData(Qt::UserRole, username);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        const bool pending = current.data(kj::models::FriendGroupModel::PendingRole).toBool();
        m_membersTitle->setText(
            (m_friends.rowCount() == 0 ? tr("Add friends first; then tick who belongs to “%1”.")
                                       : tr("Tick who belongs to “%1”."))
                .arg(current.data(kj::models::FriendGroupModel::NameRole).toString())
            + (pending ? QStringLiteral(" ") + tr("(not on the server yet)") : QString()));
    } else {
        m_membersTitle->setText(m_groups.rowCount() == 0 ? tr("No groups yet. A group lets you show a diary to some "
                                                              "friends only: make one with New group.")
                                                         : tr("Pick a group to see and change who is in it."));
    }
    m_filling = false;
    updateButtons();
}

void FriendGroupsPanel::onMemberChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    setMember(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
}

void FriendGroupsPanel::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setObjectName(isError ? QStringLiteral("error") : QStringLiteral("hint"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void FriendGroupsPanel::updateButtons()
{
    const bool picked = m_groupList->currentIndex().isValid();
    m_rename->setEnabled(picked);
    m_delete->setEnabled(picked);
}

} // namespace kj::ui
