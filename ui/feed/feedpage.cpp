#include "ui/feed/feedpage.h"

#include "app/clientsession.h"
#include "app/services/feedservice.h"
#include "app/services/photoservice.h"
#include "app/sync/syncengine.h"
#include "models/feed/feedmodel.h"
#include "models/photos/photolistmodel.h"
#include "ui/audiencepicker.h"
#include "ui/diaryviewer.h"
#include "ui/errortext.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/repostdialog.h"
#include "ui/feed/statuscomposer.h"
#include "ui/feed/feedpictures.h"
#include "ui/photos/photoviewer.h"
#include "ui/photos/thumbnailloader.h"
#include "ui/photos/zoomview.h"
#include "ui/skin.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace kj::ui {

namespace {
using Model = kj::models::FeedModel;

std::optional<kj::ItemKind> kindOf(const QModelIndex &index)
{
    return kj::itemKindFromName(index.data(Model::KindRole).toString());
}
} // namespace

FeedPage::FeedPage(kj::models::FeedModel &model, kj::app::ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_session(session)
    , m_service(new kj::app::FeedService(session, this))
    , m_pictures(new FeedPictures(*m_service, this))
{
    setObjectName(QStringLiteral("feedPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("hint"));

    m_newStatus = new QAction(icon(QStringLiteral("new-status")), QString(), this);
    m_newStatus->setObjectName(QStringLiteral("newStatusAction"));
    m_newStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction(m_newStatus);
    auto *newStatusButton = new QToolButton(this);
    newStatusButton->setDefaultAction(m_newStatus);
    newStatusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newStatusButton->setObjectName(QStringLiteral("newStatusButton"));

    m_composer = new StatusComposer(*m_service, *m_pictures, this);
    connect(m_newStatus, &QAction::triggered, this, [this] {
        // The window may be switching to this page: focus once it is shown.
        QTimer::singleShot(0, m_composer, &StatusComposer::focusText);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("feedList"));
    m_list->setModel(&model);
    m_delegate = new FeedDelegate(m_list, *m_pictures);
    m_list->setItemDelegate(m_delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->verticalScrollBar()->setSingleStep(24);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->setMouseTracking(true);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(Model::KindRole).toString() == u"diary")
            openRow(index.row());
        else
            toggleComments(index.row());
    });
    const auto onCurrent = [this](QKeySequence keys, void (FeedPage::*act)(int)) {
        auto *shortcut = new QShortcut(keys, m_list, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, act] {
            if (m_list->currentIndex().isValid())
                (this->*act)(m_list->currentIndex().row());
        });
    };
    onCurrent(QKeySequence(Qt::Key_L), &FeedPage::toggleLike);
    onCurrent(QKeySequence(Qt::Key_C), &FeedPage::toggleComments);
    auto *repostKey = new QShortcut(QKeySequence(Qt::Key_R), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(repostKey, &QShortcut::activated, this, [this] {
        if (m_list->currentIndex().isValid())
            repostRow(m_list->currentIndex().row());
    });

    connect(m_delegate, &FeedDelegate::likeClicked, this, [this](const QModelIndex &index) { toggleLike(index.row()); });
    connect(m_delegate, &FeedDelegate::commentsClicked, this, [this](const QModelIndex &index) { toggleComments(index.row()); });
    connect(m_delegate, &FeedDelegate::repostClicked, this, [this](const QModelIndex &index) { repostRow(index.row()); });
    connect(m_delegate, &FeedDelegate::commentSubmitted, this,
            [this](const QModelIndex &index, const QString &text) { comment(index.row(), text); });
    connect(m_pictures, &FeedPictures::ready, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(&session.sync(), &kj::app::SyncEngine::finished, this, [this](const kj::Status &status) {
        if (status) {
            m_pictures->retryFailed();
            m_list->viewport()->update();
        }
    });

    // A row that changed may be taller or shorter now (comments shown, a longer text).
    connect(&model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &top, const QModelIndex &bottom) {
        for (int row = top.row(); row <= bottom.row(); ++row)
            Q_EMIT m_delegate->sizeHintChanged(m_model.index(row));
        openEditors();
    });

    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyHint);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(newStatusButton, 0, Qt::AlignBottom);

    auto *feed = new QWidget(this);
    auto *layout = new QVBoxLayout(feed);
    layout->setContentsMargins(18, 12, 18, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    // Centred over the cards, as wide as they are.
    auto *composerRow = new QHBoxLayout;
    composerRow->addStretch(1);
    composerRow->addWidget(m_composer, 100);
    composerRow->addStretch(1);
    layout->addLayout(composerRow);
    layout->addWidget(m_stack, 1);

    // The feed, or a card's photos in the albums' viewer over it.
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(feed);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Above both, so what the viewer reports shows too.
    m_error->setContentsMargins(18, 6, 18, 0);
    outer->addWidget(m_error);
    outer->addWidget(m_pages, 1);
    connect(m_delegate, &FeedDelegate::pictureClicked, this,
            [this](const QModelIndex &index, int picture) { openPicture(index.row(), picture); });

    const auto rowsChanged = [this] {
        updateEmptyState();
        openEditors();
    };
    connect(&model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(&model, &QAbstractItemModel::rowsMoved, this, rowsChanged);
    connect(&model, &QAbstractItemModel::modelReset, this, rowsChanged);
    retranslate();
}

void FeedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FeedPage::retranslate()
{
    m_title->setText(tr("Friends' feed"));
    m_subtitle->setText(tr("What your friends and you wrote and shared, newest first."));
    m_newStatus->setText(tr("New 说说"));
    m_newStatus->setToolTip(tr("Write a 说说 (Ctrl+Shift+N)"));
    m_list->setAccessibleName(tr("Friends' feed"));
    m_list->setToolTip(tr("L likes, C shows the comments, R reposts the selected entry; Enter opens a diary"));
    m_emptyHint->setText(tr("Nothing here yet.\nWrite a 说说 above, or add friends on the Friends page: what they "
                            "write and share shows here."));
    if (m_viewer)
        m_viewer->setBackText(tr("Back to the feed (Esc)"));
    updateEmptyState();
}

FeedPage::~FeedPage()
{
    // The viewer uses the photo service, model and loader: it goes first.
    delete m_viewer;
}

PhotoViewer *FeedPage::openPicture(int row, int picture)
{
    const std::optional<kj::models::FeedEntry> entry = m_model.entryAt(row);
    if (!entry || picture < 0 || picture >= entry->pictures.size())
        return nullptr;
    QStringList ids;
    QHash<QString, QString> localPaths;
    for (const kj::models::FeedPicture &each : entry->pictures) {
        ids.append(each.photoId);
        if (!each.localPath.isEmpty())
            localPaths.insert(each.photoId, each.localPath);
    }
    if (!m_viewer) {
        m_photoService = std::make_unique<kj::app::PhotoService>(m_session);
        m_thumbnails = std::make_unique<ThumbnailLoader>(*m_photoService);
        m_photos = std::make_unique<kj::models::PhotoListModel>(m_session.store());
        m_viewer = new PhotoViewer(*m_photoService, *m_thumbnails, *m_photos, m_pages);
        m_viewer->setBackText(tr("Back to the feed (Esc)"));
        m_pages->addWidget(m_viewer);
        connect(m_viewer, &PhotoViewer::closeRequested, this, &FeedPage::closePhotos);
        connect(m_viewer, &PhotoViewer::problem, this, &FeedPage::showError);
        // A sync or an upload may change the photos shown (a caption, a file now on the server).
        connect(m_photoService.get(), &kj::app::PhotoService::itemsChanged, m_photos.get(), &kj::models::PhotoListModel::reload);
    }
    m_photos->setPhotos(ids, localPaths);
    const int shown = m_photos->rowOf(entry->pictures.at(picture).photoId);
    if (m_photos->rowCount() == 0) {
        showError(tr("This photo is not kept on this computer yet. It shows once the feed has synced."));
        return nullptr;
    }
    m_viewer->showRow(std::max(shown, 0));
    m_pages->setCurrentWidget(m_viewer);
    m_viewer->zoomView()->setFocus();
    return m_viewer;
}

void FeedPage::closePhotos()
{
    if (m_pages->currentWidget() != m_viewer)
        return;
    m_pages->setCurrentIndex(0);
    m_list->setFocus();
}

bool FeedPage::isShowingPhotos() const
{
    return m_viewer && m_pages->currentWidget() == m_viewer;
}

DiaryViewer *FeedPage::openRow(int row)
{
    const auto diary = m_model.diaryAt(row);
    if (!diary)
        return nullptr;
    auto *viewer = new DiaryViewer(*diary, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

void FeedPage::toggleLike(int row)
{
    const QModelIndex index = m_model.index(row);
    const std::optional<kj::ItemKind> kind = kindOf(index);
    if (!kind)
        return;
    const bool liked = !index.data(Model::LikedByMeRole).toBool();
    if (const kj::Status saved = m_service->setLiked(*kind, index.data(Model::IdRole).toString(), liked); !saved)
        showError(tr("The like was not saved: %1").arg(errorText(saved.error())));
    else
        showError({});
}

bool FeedPage::showItem(const QString &kind, const QString &id)
{
    // Notifications are about recent things: a few pages back is as far as it is worth reading.
    constexpr int kPagesToSearch = 10;
    const QString key = kind + QLatin1Char('/') + id;
    int row = m_model.rowOfKey(key);
    for (int page = 0; row < 0 && page < kPagesToSearch && m_model.canFetchMore({}); ++page) {
        m_model.fetchMore({});
        row = m_model.rowOfKey(key);
    }
    if (row < 0)
        return false;
    closePhotos();
    const QModelIndex index = m_model.index(row);
    m_list->setCurrentIndex(index);
    if (!index.data(Model::CommentsExpandedRole).toBool())
        toggleComments(row);
    m_list->scrollTo(m_model.index(m_model.rowOfKey(key)), QAbstractItemView::PositionAtTop);
    return true;
}

void FeedPage::toggleComments(int row)
{
    const QModelIndex index = m_model.index(row);
    const std::optional<kj::ItemKind> kind = kindOf(index);
    if (!kind)
        return;
    const bool expand = !index.data(Model::CommentsExpandedRole).toBool();
    const QString key = index.data(Model::KeyRole).toString();
    m_model.setCommentsExpanded(row, expand);
    if (!expand)
        return;
    // The latest from the server when it can be reached; what is kept here shows meanwhile.
    m_service->refreshComments(*kind, index.data(Model::IdRole).toString());
    const QModelIndex shown = m_model.index(m_model.rowOfKey(key));
    if (shown.isValid()) {
        m_list->scrollTo(shown);
        if (auto *edit = qobject_cast<QLineEdit *>(m_list->indexWidget(shown)))
            edit->setFocus(Qt::OtherFocusReason);
    }
}

void FeedPage::setGroupModel(kj::models::FriendGroupModel *groups)
{
    m_groups = groups;
    m_composer->audiencePicker()->setGroupModel(groups);
}

RepostDialog *FeedPage::repostRow(int row)
{
    const QModelIndex index = m_model.index(row);
    const std::optional<kj::ItemKind> kind = kindOf(index);
    if (!kind)
        return nullptr;
    const QString title = index.data(Model::TitleRole).toString();
    auto *dialog = new RepostDialog(index.data(Model::AuthorDisplayNameRole).toString(),
                                    title.isEmpty() ? index.data(Model::TextRole).toString() : title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->audiencePicker()->setGroupModel(m_groups);
    const QString id = index.data(Model::IdRole).toString();
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, id] {
        kj::Result<QString> reposted = m_service->repost(*kind, id, dialog->comment(), dialog->audience());
        if (!reposted)
            showError(tr("The repost was not saved: %1").arg(errorText(reposted.error())));
        else
            showError({});
    });
    dialog->open();
    return dialog;
}

bool FeedPage::comment(int row, const QString &text)
{
    const QModelIndex index = m_model.index(row);
    const std::optional<kj::ItemKind> kind = kindOf(index);
    if (!kind)
        return false;
    kj::Result<kj::Comment> saved = m_service->addComment(*kind, index.data(Model::IdRole).toString(), text);
    if (!saved) {
        showError(tr("The comment was not saved: %1").arg(errorText(saved.error())));
        return false;
    }
    showError({});
    if (auto *edit = qobject_cast<QLineEdit *>(m_list->indexWidget(index)))
        edit->clear();
    return true;
}

void FeedPage::openEditors()
{
    // The reply box of each entry whose comments are shown.
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex index = m_model.index(row);
        const bool expanded = index.data(Model::CommentsExpandedRole).toBool();
        if (expanded != m_list->isPersistentEditorOpen(index)) {
            if (expanded)
                m_list->openPersistentEditor(index);
            else
                m_list->closePersistentEditor(index);
        }
    }
}

bool FeedPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
            const bool onAction = m_delegate->hitAt(m_list->indexAt(pos), pos) != FeedDelegate::Hit::None;
            m_list->viewport()->setCursor(onAction ? Qt::PointingHandCursor : Qt::ArrowCursor);
        } else if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QModelIndex index = m_list->indexAt(help->pos());
            QString tip;
            switch (m_delegate->hitAt(index, help->pos())) {
            case FeedDelegate::Hit::Like:
                tip = index.data(Model::LikedByMeRole).toBool() ? tr("Take your like back (L)") : tr("Like (L)");
                break;
            case FeedDelegate::Hit::Comment: tip = tr("Show or hide the comments (C)"); break;
            case FeedDelegate::Hit::Repost: tip = tr("Repost to your own friends (R)"); break;
            default: break;
            }
            if (!tip.isEmpty()) {
                QToolTip::showText(help->globalPos(), tip, m_list->viewport());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FeedPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void FeedPage::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_emptyHint);
}

} // namespace kj::ui
