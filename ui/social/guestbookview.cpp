#include "ui/social/guestbookview.h"

#include "app/services/guestbookservice.h"
#include "models/domain/guestbook.h"
#include "models/social/guestbookmodel.h"
#include "ui/errortext.h"
#include "ui/skin.h"
#include "ui/social/guestbookdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kj::ui {

namespace {

using Model = kj::models::GuestbookModel;

// Shown again after this long, the view asks the server once more.
constexpr qint64 kStaleAfterSeconds = 30;

QPlainTextEdit *makeTextBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * 4 + 16);
    return box;
}

} // namespace

GuestbookView::GuestbookView(kj::app::GuestbookService &service, const QString &owner, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(std::make_unique<Model>(service.store(), owner))
{
    setObjectName(QStringLiteral("guestbookView"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("hint"));
    m_refreshButton = new QPushButton(icon(QStringLiteral("sync")), QString(), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshGuestbookButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &GuestbookView::refresh);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("guestbookStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    buildComposer();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("guestbookList"));
    m_list->setModel(m_model.get());
    m_list->setItemDelegate(new GuestbookDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &GuestbookView::showContextMenu);
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString author = index.data(Model::UsernameRole).toString();
        if (!author.isEmpty() && author != m_service.me())
            Q_EMIT openSpaceRequested(author);
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);

    m_replyButton = new QPushButton(this);
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    connect(m_replyButton, &QPushButton::clicked, this, &GuestbookView::replyToCurrent);
    m_deleteButton = new QPushButton(icon(QStringLiteral("delete")), QString(), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteMessageButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &GuestbookView::deleteCurrent);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &GuestbookView::deleteCurrent);

    buildReplyBox();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_refreshButton);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_deleteButton);
    actions->addWidget(m_replyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_composer);
    layout->addWidget(m_listStack, 1);
    layout->addWidget(m_replyBox);
    layout->addLayout(actions);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &GuestbookView::updateActions);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &GuestbookView::updateEmptyState);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &GuestbookView::updateEmptyState);
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, &GuestbookView::updateEmptyState);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &GuestbookView::updateActions);
    connect(&m_service, &kj::app::GuestbookService::changed, this, [this](const QString &changedOwner) {
        if (changedOwner.isEmpty() || changedOwner == this->owner())
            m_model->reload();
    });
    connect(&m_service, &kj::app::GuestbookService::refreshFailed, this,
            [this](const QString &failedOwner, const kj::Error &error) {
                if (failedOwner != this->owner())
                    return;
                if (error.code == kj::ErrorCode::NotFound) {
                    m_status->setText(tr("There is no user %1.").arg(failedOwner));
                } else {
                    m_status->setText(tr("Showing the messages saved on this computer: %1")
                                          .arg(errorText(error)));
                }
                m_status->show();
            });

    retranslate();
}

GuestbookView::~GuestbookView() = default;

void GuestbookView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GuestbookView::retranslate()
{
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask the server for the newest messages"));
    m_status->setAccessibleName(tr("Guestbook status"));
    m_list->setAccessibleName(tr("Guestbook messages"));
    m_replyButton->setText(tr("&Reply…"));
    // setText() replaces a button's shortcut with the mnemonic of its words.
    m_replyButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replyButton->setToolTip(tr("Answer the selected message (Ctrl+R)"));
    m_deleteButton->setText(tr("&Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected message (Delete)"));
    m_message->setAccessibleName(tr("Your message"));
    m_message->setPlaceholderText(tr("Say hello, leave a wish… (Ctrl+Enter sends)"));
    m_sendButton->setText(tr("&Leave message"));
    m_sendButton->setToolTip(tr("Saved here at once and sent when the server can be reached (Ctrl+Enter)"));
    m_replyText->setAccessibleName(tr("Your reply"));
    m_replyText->setPlaceholderText(tr("Your answer… (Ctrl+Enter sends, Esc cancels)"));
    m_sendReplyButton->setText(tr("&Send reply"));
    m_cancelReplyButton->setText(tr("Cancel"));
    if (!m_replyTo.isEmpty())
        m_replyTitle->setText(tr("Reply to %1").arg(m_replyToName));
    updateTitle();
    updateComposer();
    updateEmptyState();
}

void GuestbookView::buildComposer()
{
    m_composer = new QWidget(this);
    m_composer->setObjectName(QStringLiteral("guestbookComposer"));
    m_composerTitle = new QLabel(m_composer);
    m_composerTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_message = makeTextBox(QStringLiteral("guestbookMessage"), m_composer);
    m_private = new QCheckBox(m_composer);
    m_private->setObjectName(QStringLiteral("privateMessageBox"));
    m_length = new QLabel(m_composer);
    m_length->setObjectName(QStringLiteral("hint"));
    m_sendButton = new QPushButton(icon(QStringLiteral("guestbook")), QString(), m_composer);
    m_sendButton->setObjectName(QStringLiteral("sendMessageButton"));
    m_sendButton->setProperty("primary", true);
    connect(m_sendButton, &QPushButton::clicked, this, &GuestbookView::sendMessage);
    connect(m_message, &QPlainTextEdit::textChanged, this, &GuestbookView::updateComposer);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_message, nullptr, nullptr, Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &GuestbookView::sendMessage);

    auto *row = new QHBoxLayout;
    row->addWidget(m_private);
    row->addStretch(1);
    row->addWidget(m_length);
    row->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(m_composer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_composerTitle);
    layout->addWidget(m_message);
    layout->addLayout(row);
}

void GuestbookView::buildReplyBox()
{
    m_replyBox = new QWidget(this);
    m_replyBox->setObjectName(QStringLiteral("replyBox"));
    m_replyTitle = new QLabel(m_replyBox);
    m_replyTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_replyText = makeTextBox(QStringLiteral("replyText"), m_replyBox);
    m_sendReplyButton = new QPushButton(m_replyBox);
    m_sendReplyButton->setObjectName(QStringLiteral("sendReplyButton"));
    m_sendReplyButton->setProperty("primary", true);
    m_cancelReplyButton = new QPushButton(m_replyBox);
    m_cancelReplyButton->setObjectName(QStringLiteral("cancelReplyButton"));
    connect(m_sendReplyButton, &QPushButton::clicked, this, &GuestbookView::sendReply);
    connect(m_cancelReplyButton, &QPushButton::clicked, this, &GuestbookView::cancelReply);
    connect(m_replyText, &QPlainTextEdit::textChanged, this, [this] {
        m_sendReplyButton->setEnabled(kj::app::GuestbookService::checkText(m_replyText->toPlainText()).ok());
    });
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_replyText, nullptr, nullptr, Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &GuestbookView::sendReply);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_replyText, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, &GuestbookView::cancelReply);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancelReplyButton);
    row->addWidget(m_sendReplyButton);
    auto *layout = new QVBoxLayout(m_replyBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_replyTitle);
    layout->addWidget(m_replyText);
    layout->addLayout(row);
    m_replyBox->hide();
}

QString GuestbookView::owner() const
{
    return m_model->owner();
}

bool GuestbookView::isMine() const
{
    return owner() == m_service.me();
}

void GuestbookView::setOwner(const QString &owner)
{
    if (owner == this->owner())
        return;
    cancelReply();
    m_status->hide();
    m_model->setOwner(owner);
    m_lastRefresh = {};
    updateTitle();
    updateComposer();
    updateEmptyState();
    if (isVisible())
        refresh();
}

void GuestbookView::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

void GuestbookView::refresh()
{
    if (owner().isEmpty())
        return;
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    m_refreshButton->setEnabled(false);
    const QString asked = owner();
    m_service.refresh(asked, [this, asked](kj::Status status) {
        m_refreshButton->setEnabled(true);
        if (status && asked == owner())
            m_status->hide();
    });
}

void GuestbookView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_lastRefresh.isValid() || m_lastRefresh.secsTo(QDateTime::currentDateTimeUtc()) > kStaleAfterSeconds)
        refresh();
}

bool GuestbookView::showEntry(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString GuestbookView::currentId() const
{
    return m_list->currentIndex().data(Model::IdRole).toString();
}

void GuestbookView::replyToCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !current.data(Model::CanReplyRole).toBool())
        return;
    m_replyTo = current.data(Model::IdRole).toString();
    m_replyToName = current.data(Model::DisplayNameRole).toString();
    m_replyTitle->setText(tr("Reply to %1").arg(m_replyToName));
    m_replyText->setPlainText(current.data(Model::ReplyTextRole).toString());
    m_sendReplyButton->setEnabled(kj::app::GuestbookService::checkText(m_replyText->toPlainText()).ok());
    m_replyBox->show();
    m_replyText->setFocus();
    m_replyText->moveCursor(QTextCursor::End);
}

void GuestbookView::sendReply()
{
    if (m_replyTo.isEmpty())
        return;
    const QString text = m_replyText->toPlainText();
    if (const kj::Status saved = m_service.reply(m_replyTo, text); !saved) {
        showError(tr("Your reply was not saved"), saved.error());
        return;
    }
    const QString id = m_replyTo;
    cancelReply();
    showEntry(id);
}

void GuestbookView::cancelReply()
{
    m_replyTo.clear();
    m_replyText->clear();
    m_replyBox->hide();
}

void GuestbookView::deleteCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !current.data(Model::CanDeleteRole).toBool())
        return;
    const QString id = current.data(Model::IdRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete message"),
                                tr("Delete the message from %1? This cannot be undone.")
                                    .arg(current.data(Model::DisplayNameRole).toString()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteMessage"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (id == m_replyTo)
            cancelReply();
        if (const kj::Status removed = m_service.remove(id); !removed)
            showError(tr("The message was not deleted"), removed.error());
    });
    box->open();
}

void GuestbookView::sendMessage()
{
    if (isMine() || owner().isEmpty())
        return;
    const QString text = m_message->toPlainText();
    kj::Result<kj::GuestbookEntry> saved = m_service.sign(owner(), text, m_private->isChecked());
    if (!saved) {
        showError(tr("Your message was not saved"), saved.error());
        return;
    }
    m_message->clear();
    m_private->setChecked(false);
    showEntry(saved->id);
}

void GuestbookView::showError(const QString &what, const kj::Error &error)
{
    QMessageBox::warning(this, what, what + QStringLiteral(": ") + errorText(error));
}

void GuestbookView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    QMenu menu(this);
    if (index.data(Model::CanReplyRole).toBool())
        menu.addAction(tr("Reply…"), this, &GuestbookView::replyToCurrent);
    if (index.data(Model::CanDeleteRole).toBool())
        menu.addAction(icon(QStringLiteral("delete")), tr("Delete"), this, &GuestbookView::deleteCurrent);
    const QString author = index.data(Model::UsernameRole).toString();
    if (author != m_service.me()) {
        menu.addAction(icon(QStringLiteral("open-space")), tr("Open %1's space").arg(index.data(Model::DisplayNameRole).toString()),
                       this, [this, author] { Q_EMIT openSpaceRequested(author); });
    }
    if (!menu.isEmpty())
        menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void GuestbookView::updateTitle()
{
    m_title->setText(isMine() ? tr("My guestbook") : tr("%1's guestbook").arg(owner()));
    m_composerTitle->setText(tr("Write in %1's guestbook").arg(owner()));
    m_private->setText(tr("Private (only %1 and you can read it)").arg(owner()));
}

void GuestbookView::updateComposer()
{
    m_composer->setVisible(!isMine() && !owner().isEmpty());
    const QString text = m_message->toPlainText();
    m_length->setText(tr("%1 / %2").arg(text.size()).arg(kj::GuestbookEntry::kMaxTextLength));
    m_sendButton->setEnabled(kj::app::GuestbookService::checkText(text).ok());
}

void GuestbookView::updateActions()
{
    const QModelIndex current = m_list->currentIndex();
    m_replyButton->setVisible(isMine());
    m_replyButton->setEnabled(current.isValid() && current.data(Model::CanReplyRole).toBool());
    m_deleteButton->setEnabled(current.isValid() && current.data(Model::CanDeleteRole).toBool());
}

void GuestbookView::updateEmptyState()
{
    const int count = m_model->rowCount();
    m_count->setText(count > 0 ? tr("%n message(s)", nullptr, count) : QString());
    m_empty->setText(isMine() ? tr("No messages in your guestbook yet.\nWhen friends write to you, their messages appear here.")
                              : tr("No messages yet. Be the first to write in %1's guestbook.").arg(owner()));
    m_listStack->setCurrentWidget(count > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    updateActions();
}

} // namespace kj::ui
