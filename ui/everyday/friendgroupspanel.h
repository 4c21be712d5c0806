#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace kj::app {
class FriendGroupService;
}
namespace kj::models {
class FriendGroupModel;
class FriendListModel;
} // namespace kj::models

namespace kj::ui {

//! My friend groups on the Friends page: the groups (new, rename, delete) and, for the one picked, my friends
//! with a tick for each member. Every change is saved here first and sent by the sync, so it works offline.
class FriendGroupsPanel : public QWidget
{
    Q_OBJECT

public:
    //! All must outlive the panel.
    FriendGroupsPanel(kj::models::FriendGroupModel &groups, kj::models::FriendListModel &friends,
                      kj::app::FriendGroupService &service, QWidget *parent = nullptr);

    [[nodiscard]] QListView *groupList() const { return m_groupList; }
    [[nodiscard]] QListWidget *memberList() const { return m_members; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    //! The id of the group picked, or empty.
    [[nodiscard]] QString currentGroupId() const;

public Q_SLOTS:
    //! Asks for a name and makes a group; gives its id (empty when cancelled or refused).
    QString newGroup();
    //! Makes a group named `name` without asking; its id, or empty (the reason shown).
    QString createGroup(const QString &name);
    void renameCurrent();
    bool renameCurrentTo(const QString &name);
    void deleteCurrent();
    bool deleteCurrentWithoutAsking();
    //! Makes `username` a member of the group picked, or not.
    bool setMember(const QString &username, bool member);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectGroup(const QString &id);
    void fillMembers();
    void onMemberChanged(QListWidgetItem *item);
    void setStatus(const QString &text, bool isError);
    void updateButtons();

    kj::models::FriendGroupModel &m_groups;
    kj::models::FriendListModel &m_friends;
    kj::app::FriendGroupService &m_service;
    QLabel *m_title = nullptr;
    QListView *m_groupList = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_membersTitle = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_status = nullptr;
    bool m_filling = false;
};

} // namespace kj::ui
