#pragma once

#include "models/domain/result.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;

namespace kj::app {
class FriendsService;
}
namespace kj::models {
class FriendListModel;
class FriendRequestModel;
} // namespace kj::models

namespace kj::ui {

//! "Friends": my friends (each with "Open space"), requests to me (accept or decline), requests I sent, a
//! field to ask someone by username, and my friend groups (addGroupsPanel()). The friend actions need the
//! server, their errors shown in words on the page; groups work offline.
class FriendsPage : public QWidget
{
    Q_OBJECT

public:
    FriendsPage(kj::models::FriendListModel &friends, kj::models::FriendRequestModel &incoming,
                kj::models::FriendRequestModel &outgoing, kj::app::FriendsService &service, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *addField() const { return m_addField; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QListView *friendList() const { return m_friendList; }

    //! Shows my friend groups in a tab beside the requests (the page takes ownership).
    void addGroupsPanel(QWidget *panel);
    //! Brings the groups tab forward.
    void showGroups();

public Q_SLOTS:
    void sendRequest();
    void acceptSelected();
    void declineSelected();
    void removeSelectedFriend();
    //! Asks to open the space of the friend picked (openSpaceRequested()).
    void openSelectedSpace();

Q_SIGNALS:
    //! "Open space" on a friend's row (or a double click, or Enter on it).
    void openSpaceRequested(const QString &username);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    [[nodiscard]] QString selectedRequestId() const;
    //! Marks the page busy and gives the callback for a service call: it clears the busy state and shows
    //! `success` (after running `onSuccess`) or the error in words. Safe if the page is gone by then.
    template<typename T>
    std::function<void(kj::Result<T>)> whenAnswered(const QString &success, std::function<void()> onSuccess = {});
    void setBusy(bool busy);
    void setStatus(const QString &text, bool isError);
    void updateButtons();

    kj::app::FriendsService &m_service;
    kj::models::FriendListModel &m_friends;
    kj::models::FriendRequestModel &m_incoming;
    QLineEdit *m_addField = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_friendList = nullptr;
    QListView *m_incomingList = nullptr;
    QListView *m_outgoingList = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_declineButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_openSpaceButton = nullptr;
    QTabWidget *m_side = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_friendsTitle = nullptr;
    QLabel *m_incomingTitle = nullptr;
    QLabel *m_outgoingTitle = nullptr;
    bool m_busy = false;
};

} // namespace kj::ui
