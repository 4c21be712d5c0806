#include "ui/photos/albumspage.h"

#include "app/clientsession.h"
#include "app/services/photoservice.h"
#include "models/photos/albumlistmodel.h"
#include "models/photos/photolistmodel.h"
#include "models/photos/uploadlistmodel.h"
#include "ui/audience.h"
#include "ui/audiencepicker.h"
#include "ui/errortext.h"
#include "ui/music/elidedlabel.h"
#include "ui/photos/albumdelegate.h"
#include "ui/photos/albumdialog.h"
#include "ui/photos/photodelegate.h"
#include "ui/photos/photoviewer.h"
#include "ui/photos/thumbnailloader.h"
#include "ui/photos/uploadpanel.h"
#include "ui/skin.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kj::ui {

namespace {
using AlbumModel = kj::models::AlbumListModel;
using PhotoModel = kj::models::PhotoListModel;

enum StackPage { AlbumGridPage = 0, AlbumViewPage = 1, ViewerPage = 2 };

//! The local files and folders a drag carries (nothing from the web).
QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

//! A button with an icon; its words come with AlbumsPage::retranslate().
QPushButton *button(QWidget *parent, const QString &iconName, const QString &name)
{
    auto *result = new QPushButton(icon(iconName), QString(), parent);
    result->setObjectName(name);
    return result;
}

void setupGrid(QListView *grid)
{
    grid->setViewMode(QListView::IconMode);
    grid->setResizeMode(QListView::Adjust);
    grid->setMovement(QListView::Static);
    grid->setUniformItemSizes(true);
    grid->setSelectionMode(QAbstractItemView::SingleSelection);
    grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Many photos: laid out in batches so the view answers while it lays them out.
    grid->setLayoutMode(QListView::Batched);
    grid->setBatchSize(200);
    grid->setSpacing(4);
    grid->setMouseTracking(true);
    grid->setWordWrap(false);
    grid->setDragDropMode(QAbstractItemView::DropOnly);
    grid->viewport()->setAcceptDrops(true);
}
} // namespace

AlbumsPage::AlbumsPage(kj::app::ClientSession &session, const QString &owner, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(std::make_unique<kj::app::PhotoService>(session))
    , m_thumbnails(std::make_unique<ThumbnailLoader>(*m_service))
    , m_albums(std::make_unique<AlbumModel>(session.store(), owner.isEmpty() ? session.account().user.username : owner))
    , m_photos(std::make_unique<PhotoModel>(session.store()))
{
    setObjectName(QStringLiteral("albumsPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new ElidedLabel(this);
    m_count->setObjectName(QStringLiteral("hint"));
    m_newButton = button(this, QStringLiteral("album"), QStringLiteral("newAlbumButton"));
    m_editButton = button(this, QStringLiteral("settings"), QStringLiteral("editAlbumButton"));
    m_deleteButton = button(this, QStringLiteral("delete"), QStringLiteral("deleteAlbumButton"));
    m_addButton = button(this, QStringLiteral("add-photos"), QStringLiteral("addPhotosButton"));
    m_addFolderButton = button(this, QStringLiteral("upload"), QStringLiteral("addFolderButton"));
    connect(m_newButton, &QPushButton::clicked, this, &AlbumsPage::newAlbum);
    connect(m_editButton, &QPushButton::clicked, this, &AlbumsPage::editAlbum);
    connect(m_deleteButton, &QPushButton::clicked, this, &AlbumsPage::deleteAlbum);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addPhotos(false); });
    connect(m_addFolderButton, &QPushButton::clicked, this, [this] { addPhotos(true); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_count, 1, Qt::AlignLeft | Qt::AlignBottom);
    header->addWidget(m_addButton);
    header->addWidget(m_addFolderButton);
    header->addWidget(m_editButton);
    header->addWidget(m_deleteButton);
    header->addWidget(m_newButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("photosMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *gridPage = new QWidget(this);
    buildAlbumGrid(gridPage);
    auto *albumPage = new QWidget(this);
    buildAlbumView(albumPage);
    m_viewer = new PhotoViewer(*m_service, *m_thumbnails, *m_photos, this);
    connect(m_viewer, &PhotoViewer::closeRequested, this, [this] {
        m_stack->setCurrentIndex(AlbumViewPage);
        m_photoGrid->setFocus();
    });
    connect(m_viewer, &PhotoViewer::problem, this, [this](const QString &text) { showMessage(text, true); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(gridPage);
    m_stack->addWidget(albumPage);
    m_stack->addWidget(m_viewer);
    connect(m_stack, &QStackedWidget::currentChanged, this, &AlbumsPage::updateHeaderButtons);

    m_uploadPanel = new UploadPanel(*m_service, this);
    connect(m_uploadPanel, &UploadPanel::problem, this, [this](const QString &text) { showMessage(text, true); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_uploadPanel);

    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(addShortcut, &QShortcut::activated, this, [this] {
        if (isMine())
            addPhotos(false);
    });
    auto *backShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(backShortcut, &QShortcut::activated, this, [this] {
        if (m_stack->currentIndex() == ViewerPage)
            m_stack->setCurrentIndex(AlbumViewPage);
        else
            showAlbums();
    });

    connect(m_service.get(), &kj::app::PhotoService::itemsChanged, this, [this] {
        m_albums->reload();
        m_photos->reload();
        updateAlbumHeader();
        updateEmptyState();
    });
    connect(m_service.get(), &kj::app::PhotoService::uploadsChanged, this, &AlbumsPage::refreshUploads);
    connect(m_service.get(), &kj::app::PhotoService::fileProgress, m_photos.get(), &PhotoModel::setProgress);
    connect(m_service.get(), &kj::app::PhotoService::importFinished, this, &AlbumsPage::onImportFinished);
    connect(m_service.get(), &kj::app::PhotoService::refreshFailed, this, [this](const kj::Error &error) {
        // Offline is normal: what is cached is shown. Anything else is worth a word.
        if (error.code != kj::ErrorCode::NetworkError && error.code != kj::ErrorCode::Timeout)
            showMessage(errorText(error), true);
    });
    connect(m_thumbnails.get(), &ThumbnailLoader::thumbnailReady, this, [this] {
        m_albumGrid->viewport()->update();
        m_photoGrid->viewport()->update();
    });
    connect(m_albums.get(), &QAbstractItemModel::rowsInserted, this, &AlbumsPage::updateEmptyState);
    connect(m_albums.get(), &QAbstractItemModel::rowsRemoved, this, &AlbumsPage::updateEmptyState);
    connect(m_albums.get(), &QAbstractItemModel::modelReset, this, &AlbumsPage::updateEmptyState);
    connect(m_photos.get(), &QAbstractItemModel::rowsInserted, this, &AlbumsPage::updateAlbumHeader);
    connect(m_photos.get(), &QAbstractItemModel::rowsRemoved, this, &AlbumsPage::updateAlbumHeader);

    setOwner(owner);
    retranslate();
}

void AlbumsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlbumsPage::retranslate()
{
    const auto describe = [](QPushButton *button, const QString &text, const QString &tip) {
        button->setText(text);
        button->setAccessibleName(tip);
        button->setToolTip(tip);
    };
    describe(m_newButton, tr("New album"), tr("Make a new album (Ctrl+N)"));
    // The less frequent actions as icons (their tooltips and accessible names say what they do), so the page
    // leaves the window narrow.
    describe(m_editButton, QString(), tr("Edit the selected album"));
    describe(m_deleteButton, QString(), tr("Delete the selected album"));
    describe(m_addButton, tr("Add photos…"), tr("Add pictures to the selected album (Ctrl+I)"));
    describe(m_addFolderButton, QString(), tr("Add every picture of a folder to the selected album"));
    describe(m_backButton, tr("Albums"), tr("Back to the albums (Alt+Left)"));
    describe(m_albumEditButton, tr("Edit album"), tr("Edit this album"));
    describe(m_albumAddButton, tr("Add photos…"), tr("Add pictures to this album (Ctrl+I)"));
    m_message->setAccessibleName(tr("What just happened"));
    m_albumGrid->setAccessibleName(tr("Albums"));
    m_photoGrid->setAccessibleName(tr("Photos of the album"));
    m_title->setText(isMine() ? tr("My albums") : tr("%1's albums").arg(m_albums->owner()));
    updateEmptyState();
    updateAlbumHeader();
}

AlbumsPage::~AlbumsPage()
{
    // A dying grid still sends its viewport's events here, when it is no QAbstractScrollArea any more.
    for (QListView *grid : {m_albumGrid, m_photoGrid})
        if (grid)
            grid->viewport()->removeEventFilter(this);
    // The views go before the models and the loader their delegates paint from.
    delete m_stack;
}

void AlbumsPage::buildAlbumGrid(QWidget *page)
{
    m_albumGrid = new QListView(page);
    m_albumGrid->setObjectName(QStringLiteral("albumGrid"));
    setupGrid(m_albumGrid);
    m_albumGrid->setModel(m_albums.get());
    m_albumDelegate = new AlbumDelegate(*m_thumbnails, m_albumGrid);
    m_albumGrid->setItemDelegate(m_albumDelegate);
    m_albumGrid->viewport()->installEventFilter(this);
    connect(m_albumGrid, &QListView::activated, this,
            [this](const QModelIndex &index) { openAlbum(index.data(AlbumModel::IdRole).toString()); });
    connect(m_albumGrid->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlbumsPage::updateActions);

    m_emptyHint = new QLabel(page);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);

    m_gridStack = new QStackedWidget(page);
    m_gridStack->addWidget(m_albumGrid);
    m_gridStack->addWidget(m_emptyHint);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_gridStack);
}

void AlbumsPage::buildAlbumView(QWidget *page)
{
    m_backButton = button(page, QStringLiteral("back"), QStringLiteral("backToAlbums"));
    connect(m_backButton, &QPushButton::clicked, this, &AlbumsPage::showAlbums);
    m_albumTitle = new QLabel(page);
    m_albumTitle->setObjectName(QStringLiteral("albumTitle"));
    m_albumTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_albumTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_albumTitle->setFont(titleFont);
    m_albumFacts = new QLabel(page);
    m_albumFacts->setObjectName(QStringLiteral("hint"));
    m_albumDescription = new QLabel(page);
    m_albumDescription->setObjectName(QStringLiteral("albumDescription"));
    m_albumDescription->setWordWrap(true);
    m_albumDescription->setTextFormat(Qt::PlainText);
    m_albumEditButton = button(page, QStringLiteral("settings"), QStringLiteral("editOpenAlbum"));
    m_albumAddButton = button(page, QStringLiteral("add-photos"), QStringLiteral("addPhotosToOpenAlbum"));
    connect(m_albumEditButton, &QPushButton::clicked, this, &AlbumsPage::editAlbum);
    connect(m_albumAddButton, &QPushButton::clicked, this, [this] { addPhotos(false); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addSpacing(8);
    top->addWidget(m_albumTitle);
    top->addWidget(m_albumFacts, 1, Qt::AlignLeft | Qt::AlignVCenter);
    top->addWidget(m_albumAddButton);
    top->addWidget(m_albumEditButton);

    m_photoGrid = new QListView(page);
    m_photoGrid->setObjectName(QStringLiteral("photoGrid"));
    setupGrid(m_photoGrid);
    m_photoGrid->setModel(m_photos.get());
    m_photoGrid->setItemDelegate(new PhotoDelegate(*m_thumbnails, m_photoGrid));
    m_photoGrid->viewport()->installEventFilter(this);
    connect(m_photoGrid, &QListView::activated, this,
            [this](const QModelIndex &index) { openPhoto(index.data(PhotoModel::IdRole).toString()); });

    m_photoHint = new QLabel(page);
    m_photoHint->setObjectName(QStringLiteral("hint"));
    m_photoHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_albumDescription);
    layout->addWidget(m_photoHint);
    layout->addWidget(m_photoGrid, 1);
}

void AlbumsPage::setOwner(const QString &owner)
{
    const QString me = m_session.account().user.username;
    const QString who = owner.isEmpty() ? me : owner;
    m_albums->setOwner(who);
    showAlbums();
    const bool mine = isMine();
    m_title->setText(mine ? tr("My albums") : tr("%1's albums").arg(who));
    for (QPushButton *action : {m_albumEditButton, m_albumAddButton})
        action->setVisible(mine);
    updateHeaderButtons();
    m_uploadPanel->setVisible(mine && m_uploadPanel->model().rowCount() > 0);
    m_albumGrid->viewport()->setAcceptDrops(mine);
    m_photoGrid->viewport()->setAcceptDrops(mine);
    refreshUploads();
    updateEmptyState();
    updateActions();
    // What the cache has is shown at once; the server adds what it knows when it can be reached.
    m_service->refreshAlbums(who);
}

QString AlbumsPage::owner() const
{
    return m_albums->owner();
}

bool AlbumsPage::isMine() const
{
    return m_albums->owner() == m_session.account().user.username;
}

QString AlbumsPage::selectedAlbumId() const
{
    return m_albumGrid->currentIndex().data(AlbumModel::IdRole).toString();
}

QString AlbumsPage::targetAlbumId() const
{
    return m_stack->currentIndex() == AlbumGridPage ? selectedAlbumId() : m_openAlbumId;
}

void AlbumsPage::updateActions()
{
    const QString selected = selectedAlbumId();
    m_editButton->setEnabled(!selected.isEmpty());
    m_addButton->setEnabled(!selected.isEmpty());
    m_addFolderButton->setEnabled(!selected.isEmpty());
    m_deleteButton->setEnabled(!selected.isEmpty() && m_service->canDeleteAlbum(selected));
    m_deleteButton->setToolTip(!selected.isEmpty() && !m_service->canDeleteAlbum(selected)
                                   ? tr("Only an album that has not reached the server yet can be deleted")
                                   : tr("Delete the selected album"));
}

void AlbumsPage::updateEmptyState()
{
    const int count = m_albums->rowCount();
    m_count->setFullText(tr("%n album(s)", nullptr, count));
    m_emptyHint->setText(isMine() ? tr("No albums yet.\nMake one with “New album”, then drop photos or whole folders onto it.")
                                  : tr("No albums to show.\nThose shared with you appear here once the server has been reached."));
    m_gridStack->setCurrentIndex(count > 0 ? 0 : 1);
    updateActions();
}

void AlbumsPage::updateHeaderButtons()
{
    const bool onGrid = m_stack->currentIndex() == AlbumGridPage;
    for (QPushButton *action : {m_newButton, m_editButton, m_deleteButton, m_addButton, m_addFolderButton})
        action->setVisible(isMine() && onGrid);
}

void AlbumsPage::updateAlbumHeader()
{
    if (m_openAlbumId.isEmpty())
        return;
    const int row = m_albums->rowOf(m_openAlbumId);
    const kj::models::AlbumRow *album = m_albums->albumAt(row);
    if (!album)
        return;
    m_albumTitle->setText(album->title);
    m_albumDescription->setText(album->description);
    m_albumDescription->setVisible(!album->description.isEmpty());
    QString facts = tr("%n photo(s)", nullptr, album->photoCount) + QStringLiteral(" · ") + audienceName(album->visibility);
    if (album->pending)
        facts += QStringLiteral(" · ") + tr("not synced yet");
    m_albumFacts->setText(facts);
    const bool empty = m_photos->rowCount() == 0;
    if (isMine())
        m_photoHint->setText(empty ? tr("No photos yet. Drop pictures or whole folders here, or use “Add photos…”.")
                                   : tr("Drop pictures or folders here to add them."));
    else
        m_photoHint->setText(empty ? tr("No photos you may see in this album.") : QString());
    m_photoHint->setVisible(!m_photoHint->text().isEmpty());
}

void AlbumsPage::refreshUploads()
{
    QHash<QString, int> perAlbum;
    QList<kj::models::QueuedPhoto> queued;
    for (const kj::app::UploadQueue::Entry &entry : m_service->uploads()) {
        if (entry.upload.kind != kj::MediaKind::Photo)
            continue;
        ++perAlbum[entry.albumId];
        if (!m_openAlbumId.isEmpty() && entry.albumId == m_openAlbumId) {
            queued.append({entry.upload.id, entry.upload.path, entry.upload.bytesDone() ? entry.upload.size : entry.upload.sent,
                           entry.upload.size, entry.paused});
        }
    }
    m_albums->setUploading(isMine() ? perAlbum : QHash<QString, int>());
    if (isMine())
        m_photos->setQueued(queued);
    m_uploadPanel->setVisible(isMine() && m_uploadPanel->model().rowCount() > 0);
}

void AlbumsPage::showMessage(const QString &text, bool problem)
{
    m_message->setProperty("problem", problem);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // The skin styles the message by its "problem" property.
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void AlbumsPage::newAlbum()
{
    if (!isMine())
        return;
    AlbumDialog dialog(kj::Album{}, this);
    dialog.audiencePicker()->setGroupModel(m_groups);
    if (dialog.exec() != QDialog::Accepted)
        return;
    kj::Result<kj::Album> saved = m_service->saveAlbum(dialog.album());
    if (!saved) {
        showMessage(errorText(saved.error()), true);
        return;
    }
    showMessage(tr("Album “%1” made. Drop photos or folders onto it to fill it.").arg(saved->title));
    const int row = m_albums->rowOf(saved->id);
    if (row >= 0)
        m_albumGrid->setCurrentIndex(m_albums->index(row));
}

void AlbumsPage::editAlbum()
{
    const QString id = targetAlbumId();
    if (!isMine() || id.isEmpty())
        return;
    const std::optional<kj::Album> album = m_service->album(id);
    if (!album)
        return;
    AlbumDialog dialog(*album, this);
    dialog.audiencePicker()->setGroupModel(m_groups);
    if (dialog.exec() != QDialog::Accepted)
        return;
    kj::Result<kj::Album> saved = m_service->saveAlbum(dialog.album());
    if (!saved)
        showMessage(errorText(saved.error()), true);
    updateAlbumHeader();
}

void AlbumsPage::deleteAlbum()
{
    const QString id = selectedAlbumId();
    if (!isMine() || id.isEmpty() || !m_service->canDeleteAlbum(id))
        return;
    const QString title = m_albumGrid->currentIndex().data(AlbumModel::TitleRole).toString();
    if (QMessageBox::question(this, tr("Delete album"), tr("Delete the album “%1”?").arg(title),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (kj::Status deleted = m_service->deleteAlbum(id); !deleted)
        showMessage(errorText(deleted.error()), true);
}

void AlbumsPage::openAlbum(const QString &albumId)
{
    if (m_albums->rowOf(albumId) < 0)
        return;
    m_openAlbumId = albumId;
    m_photos->setAlbum(owner(), albumId);
    refreshUploads();
    updateAlbumHeader();
    m_stack->setCurrentIndex(AlbumViewPage);
    m_photoGrid->setFocus();
    m_service->refreshAlbumPhotos(albumId);
}

void AlbumsPage::showAlbums()
{
    m_openAlbumId.clear();
    m_photos->setAlbum({}, {});
    m_stack->setCurrentIndex(AlbumGridPage);
    updateActions();
}

void AlbumsPage::openPhoto(const QString &photoId)
{
    const int row = m_photos->rowOf(photoId);
    if (row < 0)
        return;
    m_viewer->showRow(row);
    m_stack->setCurrentIndex(ViewerPage);
}

void AlbumsPage::addPhotos(bool folder)
{
    const QString albumId = targetAlbumId();
    if (!isMine() || albumId.isEmpty()) {
        showMessage(tr("Pick an album first."), true);
        return;
    }
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of photos"), start);
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Add photos"), start,
                                              tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)"));
    }
    if (!paths.isEmpty())
        importInto(albumId, paths);
}

void AlbumsPage::importInto(const QString &albumId, const QStringList &paths)
{
    if (!isMine() || paths.isEmpty())
        return;
    const std::optional<kj::Album> album = m_service->album(albumId);
    if (!album) {
        showMessage(tr("That album is not here any more."), true);
        return;
    }
    showMessage(tr("Looking through %n item(s)…", nullptr, int(paths.size())));
    // Each photo is shown to whoever may see its album.
    m_service->importPaths(paths, albumId, album->audience());
}

void AlbumsPage::onImportFinished(const kj::app::PhotoImportReport &report)
{
    QStringList lines;
    const std::optional<kj::Album> album = m_service->album(report.albumId);
    const QString title = album ? album->title : QString();
    if (!report.queued.isEmpty())
        lines.append(tr("%n photo(s) added to “%1”; they upload in the background.", nullptr, int(report.queued.size())).arg(title));
    QStringList refused;
    for (const kj::app::RefusedFile &file : report.refused) {
        const QString name = QFileInfo(file.path).fileName();
        switch (file.reason) {
        case kj::app::RefusedFile::Reason::NotAPicture:
            refused.append(tr("%1 is not a picture (JPEG, PNG, WebP or GIF)").arg(name));
            break;
        case kj::app::RefusedFile::Reason::Damaged:
            refused.append(tr("%1 cannot be read as a picture (damaged?)").arg(name));
            break;
        case kj::app::RefusedFile::Reason::TooLarge:
            refused.append(tr("%1 is too large (at most 50 MB and 100 megapixels)").arg(name));
            break;
        case kj::app::RefusedFile::Reason::Unreadable:
            refused.append(tr("%1 cannot be opened").arg(name));
            break;
        }
    }
    if (!refused.isEmpty()) {
        const int shown = 5;
        QString list = refused.mid(0, shown).join(QStringLiteral("; "));
        if (refused.size() > shown)
            list += QStringLiteral("; ") + tr("and %n more", nullptr, int(refused.size() - shown));
        lines.append(tr("Not added: %1.").arg(list));
    }
    if (lines.isEmpty())
        lines.append(tr("No pictures were found there."));
    showMessage(lines.join(u'\n'), !refused.isEmpty() || report.queued.isEmpty());
    refreshUploads();
}

bool AlbumsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Events come while the page is still being built: only the two grids, once both exist, are watched.
    const bool onAlbums = m_albumGrid && m_photoGrid && watched == m_albumGrid->viewport();
    const bool onPhotos = m_albumGrid && m_photoGrid && watched == m_photoGrid->viewport();
    if (!onAlbums && !onPhotos)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        bool accept = isMine() && !localPaths(drag->mimeData()).isEmpty();
        if (accept && onAlbums) {
            const QModelIndex index = m_albumGrid->indexAt(drag->position().toPoint());
            accept = index.isValid();
            m_albumDelegate->setDropRow(index.isValid() ? index.row() : -1);
            m_albumGrid->viewport()->update();
        }
        if (accept) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::DragLeave:
        m_albumDelegate->setDropRow(-1);
        m_albumGrid->viewport()->update();
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_albumDelegate->setDropRow(-1);
        m_albumGrid->viewport()->update();
        const QStringList paths = localPaths(drop->mimeData());
        if (!isMine() || paths.isEmpty()) {
            drop->ignore();
            return true;
        }
        QString albumId = m_openAlbumId;
        if (onAlbums) {
            const QModelIndex index = m_albumGrid->indexAt(drop->position().toPoint());
            if (!index.isValid()) {
                showMessage(tr("Drop the photos onto an album."), true);
                drop->ignore();
                return true;
            }
            albumId = index.data(AlbumModel::IdRole).toString();
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        importInto(albumId, paths);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace kj::ui
