#pragma once

#include "models/domain/error.h"

#include <QDateTime>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace kj::app {
class GuestbookService;
}
namespace kj::models {
class GuestbookModel;
}

namespace kj::ui {

//! One guestbook (留言板) on screen, mine or a friend's, by username: the messages newest first with their
//! authors, times and the owner's replies; in mine, reply and delete; in a friend's, a box to leave a
//! message (and delete my own). Everything written is saved here first and marked "not sent yet" until the
//! sync engine has sent it. The messages shown are those kept here; refresh() asks the server (it is also
//! asked when the view is shown). Reusable: the Guestbook page shows mine, a friend's space embeds theirs.
class GuestbookView : public QWidget
{
    Q_OBJECT

public:
    //! `owner`: whose guestbook (may be set later with setOwner()). `service` must outlive the view.
    explicit GuestbookView(kj::app::GuestbookService &service, const QString &owner = {}, QWidget *parent = nullptr);
    ~GuestbookView() override;

    [[nodiscard]] QString owner() const;
    //! Shows another guestbook (and asks the server for it).
    void setOwner(const QString &owner);
    //! Whether this is the signed-in user's own guestbook.
    [[nodiscard]] bool isMine() const;
    //! The page title above the list ("My guestbook", "mei's guestbook"); hide it when the host has its own.
    void setTitleVisible(bool visible);

    [[nodiscard]] kj::models::GuestbookModel &model() const { return *m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }

public Q_SLOTS:
    //! Asks the server for the guestbook; what it answers replaces what is kept here (mine waiting stay).
    void refresh();
    //! Selects message `id` and scrolls to it; false when it is not in the list.
    bool showEntry(const QString &id);
    //! Opens the reply box for the selected message (mine only).
    void replyToCurrent();
    //! Asks to confirm, then deletes the selected message.
    void deleteCurrent();

Q_SIGNALS:
    //! The user asked to open the space of the selected message's author (double click, context menu).
    void openSpaceRequested(const QString &username);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildComposer();
    void buildReplyBox();
    void sendMessage();
    void sendReply();
    void cancelReply();
    void updateTitle();
    void updateActions();
    void updateComposer();
    void updateEmptyState();
    void showError(const QString &what, const kj::Error &error);
    void showContextMenu(const QPoint &pos);
    [[nodiscard]] QString currentId() const;

    kj::app::GuestbookService &m_service;
    std::unique_ptr<kj::models::GuestbookModel> m_model;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_composer = nullptr;
    QLabel *m_composerTitle = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QCheckBox *m_private = nullptr;
    QLabel *m_length = nullptr;
    QPushButton *m_sendButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_replyButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QWidget *m_replyBox = nullptr;
    QLabel *m_replyTitle = nullptr;
    QPlainTextEdit *m_replyText = nullptr;
    QPushButton *m_sendReplyButton = nullptr;
    QPushButton *m_cancelReplyButton = nullptr;
    QString m_replyToName;
    QString m_replyTo;
    QDateTime m_lastRefresh;
};

} // namespace kj::ui
