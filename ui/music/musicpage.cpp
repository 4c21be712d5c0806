#include "ui/music/musicpage.h"

#include "app/services/musicservice.h"
#include "models/music/mytrackmodel.h"
#include "models/music/playlistmodel.h"
#include "ui/errortext.h"
#include "ui/music/musicsession.h"
#include "ui/music/player.h"
#include "ui/music/trackdelegate.h"
#include "ui/skin.h"

#include <QAction>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kj::ui {

namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile())
            return {};
        files.append(url.toLocalFile());
    }
    return files;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}

QPushButton *button(const QString &iconName, const QString &text, const QString &objectName, QWidget *parent)
{
    auto *made = new QPushButton(icon(iconName), text, parent);
    made->setObjectName(objectName);
    return made;
}

} // namespace

MusicPage::MusicPage(MusicSession &music, QWidget *parent) : QWidget(parent), m_music(music)
{
    setObjectName(QStringLiteral("musicPage"));
    setAcceptDrops(true);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = hint(QString(), this);

    const auto current = [&player = music.player()] {
        const std::optional<kj::Track> track = player.currentTrack();
        return track ? track->id : QString();
    };
    const auto progress = [&service = music.service()](const QString &id) { return service.uploadProgress(id); };
    m_delegate = new TrackDelegate(current, progress, this);

    // --- my tracks ---
    auto *tracksPane = new QWidget(this);
    m_addButton = button(QStringLiteral("add-music"), QString(), QStringLiteral("addTracksButton"), tracksPane);
    m_addButton->setProperty("primary", true);
    m_addAction = new QAction(this);
    m_addAction->setShortcut(QKeySequence::Open);
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAction->setObjectName(QStringLiteral("addTracksAction"));
    addAction(m_addAction);
    connect(m_addAction, &QAction::triggered, this, &MusicPage::chooseFiles);
    connect(m_addButton, &QPushButton::clicked, this, &MusicPage::chooseFiles);
    m_playButton = button(QStringLiteral("play"), QString(), QStringLiteral("playTrackButton"), tracksPane);
    m_addToPlaylistButton = button(QStringLiteral("music"), QString(), QStringLiteral("addToPlaylistButton"), tracksPane);
    m_deleteButton = button(QStringLiteral("delete"), QString(), QStringLiteral("deleteTrackButton"), tracksPane);

    m_tracks = new QListView(tracksPane);
    m_tracks->setObjectName(QStringLiteral("trackList"));
    m_tracks->setModel(&music.myTracks());
    m_tracks->setItemDelegate(m_delegate);
    m_tracks->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tracks->setDragEnabled(true);
    m_tracks->setDragDropMode(QAbstractItemView::DragOnly);
    m_tracks->setDefaultDropAction(Qt::CopyAction);
    m_tracks->setUniformItemSizes(true);
    m_trackHint = hint(QString(), tracksPane);
    m_tracksTitle = sectionTitle(QString(), tracksPane);

    auto *trackButtons = new QHBoxLayout;
    trackButtons->addWidget(m_addButton);
    trackButtons->addWidget(m_playButton);
    trackButtons->addWidget(m_addToPlaylistButton);
    trackButtons->addStretch();
    trackButtons->addWidget(m_deleteButton);
    auto *tracksLayout = new QVBoxLayout(tracksPane);
    tracksLayout->setContentsMargins(0, 0, 0, 0);
    tracksLayout->addWidget(m_tracksTitle);
    tracksLayout->addLayout(trackButtons);
    tracksLayout->addWidget(m_tracks, 1);
    tracksLayout->addWidget(m_trackHint);

    // --- my space's background music ---
    auto *playlistPane = new QWidget(this);
    m_playlistState = new QLabel(playlistPane);
    m_playlistState->setObjectName(QStringLiteral("playlistState"));
    m_autoplay = new QCheckBox(playlistPane);
    m_autoplay->setObjectName(QStringLiteral("autoplayBox"));
    m_shuffle = new QCheckBox(playlistPane);
    m_shuffle->setObjectName(QStringLiteral("spaceShuffleBox"));
    m_playAllButton = button(QStringLiteral("play"), QString(), QStringLiteral("playPlaylistButton"), playlistPane);
    m_removeButton = button(QStringLiteral("delete"), QString(), QStringLiteral("removeFromPlaylistButton"), playlistPane);

    m_playlist = new QListView(playlistPane);
    m_playlist->setObjectName(QStringLiteral("playlistView"));
    m_playlist->setModel(&music.playlist());
    m_playlist->setItemDelegate(m_delegate);
    m_playlist->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_playlist->setDragDropMode(QAbstractItemView::DragDrop);
    m_playlist->setDefaultDropAction(Qt::CopyAction);
    m_playlist->setDropIndicatorShown(true);
    m_playlist->setUniformItemSizes(true);
    m_playlistHint = hint(QString(), playlistPane);
    m_playlistTitle = sectionTitle(QString(), playlistPane);

    auto *options = new QVBoxLayout;
    options->setSpacing(2);
    options->addWidget(m_autoplay);
    options->addWidget(m_shuffle);
    auto *playlistButtons = new QHBoxLayout;
    playlistButtons->addWidget(m_playAllButton);
    playlistButtons->addStretch();
    playlistButtons->addWidget(m_removeButton);
    auto *playlistTitle = new QHBoxLayout;
    playlistTitle->addWidget(m_playlistTitle);
    playlistTitle->addStretch();
    playlistTitle->addWidget(m_playlistState);
    auto *playlistLayout = new QVBoxLayout(playlistPane);
    playlistLayout->setContentsMargins(0, 0, 0, 0);
    playlistLayout->addLayout(playlistTitle);
    playlistLayout->addLayout(playlistButtons);
    playlistLayout->addWidget(m_playlist, 1);
    playlistLayout->addLayout(options);
    playlistLayout->addWidget(m_playlistHint);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("musicSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(tracksPane);
    m_splitter->addWidget(playlistPane);
    m_splitter->setHandleWidth(18);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("hint"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);

    // Del acts on the list that has the focus.
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_tracks->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &MusicPage::confirmDelete);
    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_playlist->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &MusicPage::removeSelectedFromPlaylist);

    connect(m_playButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_tracks->currentIndex();
        playTracksFrom(current.isValid() ? current.row() : 0);
    });
    connect(m_addToPlaylistButton, &QPushButton::clicked, this, &MusicPage::addSelectedToPlaylist);
    connect(m_deleteButton, &QPushButton::clicked, this, &MusicPage::confirmDelete);
    connect(m_playAllButton, &QPushButton::clicked, this, [this] { playPlaylistFrom(0); });
    connect(m_removeButton, &QPushButton::clicked, this, &MusicPage::removeSelectedFromPlaylist);
    connect(m_tracks, &QListView::activated, this, [this](const QModelIndex &index) { playTracksFrom(index.row()); });
    connect(m_playlist, &QListView::activated, this, [this](const QModelIndex &index) { playPlaylistFrom(index.row()); });
    connect(m_autoplay, &QCheckBox::toggled, this, &MusicPage::saveMusicOptions);
    connect(m_shuffle, &QCheckBox::toggled, this, &MusicPage::saveMusicOptions);

    connect(m_tracks->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MusicPage::updateState);
    connect(m_playlist->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MusicPage::updateState);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(&music.myTracks()), static_cast<QAbstractItemModel *>(&music.playlist())}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MusicPage::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MusicPage::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &MusicPage::updateState);
        connect(model, &QAbstractItemModel::dataChanged, this, &MusicPage::updateState);
    }
    connect(&music.service(), &kj::app::MusicService::changed, this, &MusicPage::updateState);
    connect(&music.service(), &kj::app::MusicService::filesAdded, this, &MusicPage::onFilesAdded);
    connect(&music.playlist(), &kj::models::PlaylistModel::pendingChanged, this, &MusicPage::updateState);
    connect(&music.playlist(), &kj::models::PlaylistModel::saveFailed, this,
            [this](const kj::Error &error) { showError(tr("The background music could not be saved."), error); });
    connect(&music.service(), &kj::app::MusicService::uploadProgressChanged, this, [this] {
        m_tracks->viewport()->update();
        m_playlist->viewport()->update();
    });
    connect(&music.player(), &Player::currentChanged, this, [this] {
        m_tracks->viewport()->update();
        m_playlist->viewport()->update();
    });
    retranslate();
}

void MusicPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MusicPage::retranslate()
{
    m_title->setText(tr("Music"));
    m_subtitle->setText(tr("Your tracks, and the background music that plays in your space."));
    m_tracksTitle->setText(tr("My tracks"));
    m_addButton->setText(tr("Add tracks…"));
    m_addAction->setText(tr("Add tracks…"));
    m_addButton->setToolTip(tr("Add audio files as tracks: they upload when the server can be reached (%1)")
                                .arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    // Icon buttons (the page stays narrow enough for small windows); their words are the tooltips.
    m_playButton->setAccessibleName(tr("Play"));
    m_playButton->setToolTip(tr("Play my tracks from the one chosen"));
    m_addToPlaylistButton->setAccessibleName(tr("Add to background music"));
    m_addToPlaylistButton->setToolTip(tr("Add the chosen tracks to the background music of my space"));
    m_deleteButton->setAccessibleName(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the chosen tracks (Del)"));
    m_tracks->setAccessibleName(tr("My tracks"));
    m_trackHint->setText(tr("No tracks yet. Add MP3, FLAC, Ogg, M4A or WAV files, or drop them here."));
    m_playlistTitle->setText(tr("Background music of my space"));
    m_autoplay->setText(tr("Play when someone opens my space"));
    m_autoplay->setToolTip(tr("Visitors who allow it hear the music as soon as they open your space"));
    m_shuffle->setText(tr("Shuffle"));
    m_shuffle->setToolTip(tr("Visitors hear the tracks in a random order"));
    m_playAllButton->setText(tr("Play all"));
    m_playAllButton->setToolTip(tr("Play the background music from its first track"));
    m_removeButton->setAccessibleName(tr("Remove from background music"));
    m_removeButton->setToolTip(tr("Take the chosen tracks out of the background music (Del); they stay among your tracks"));
    m_playlist->setAccessibleName(tr("Background music of my space"));
    m_playlistHint->setText(tr("Drag tracks here from your tracks, then drag them into the order they play in."));
    m_message->setAccessibleName(tr("Music message"));
    updateState();
}

QString MusicPage::audioFilter()
{
    return tr("Audio files (*.mp3 *.ogg *.oga *.opus *.flac *.m4a *.wav)");
}

void MusicPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add tracks"),
                                                            QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
                                                            audioFilter());
    if (!files.isEmpty())
        addFiles(files);
}

void MusicPage::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_message->setText(tr("Preparing %n file(s)…", nullptr, int(paths.size())));
    m_message->show();
    m_music.service().addTrackFiles(paths, true);
}

void MusicPage::onFilesAdded(const kj::app::MusicService::AddReport &report)
{
    QStringList lines;
    if (!report.added.isEmpty()) {
        lines.append(tr("%n track(s) added: they upload when the server can be reached, then play for your visitors.",
                        nullptr, int(report.added.size())));
    }
    for (qsizetype i = 0; i < report.problems.size(); ++i) {
        const QString name = QFileInfo(report.refusedFiles.value(i)).fileName();
        const kj::Error &error = report.problems.at(i);
        if (error.code == kj::ErrorCode::UnsupportedMediaType)
            lines.append(tr("%1 is not a sound file that can be uploaded (MP3, Ogg, FLAC, M4A or WAV).").arg(name));
        else if (error.code == kj::ErrorCode::PayloadTooLarge)
            lines.append(tr("%1 is larger than 50 MB, the most a track can be.").arg(name));
        else
            lines.append(tr("%1 could not be added.").arg(name) + u' ' + errorText(error));
    }
    m_message->setText(lines.join(u'\n'));
    m_message->setVisible(!lines.isEmpty());
    Q_EMIT filesAdded(int(report.added.size()));
}

QStringList MusicPage::selectedIds(const QListView *view) const
{
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(kj::models::TrackIdRole).toString());
    return ids;
}

void MusicPage::confirmDelete()
{
    const QStringList ids = selectedIds(m_tracks);
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
        ? tr("Delete “%1”? It also leaves your background music, and its likes and comments go with it.")
              .arg(m_tracks->selectionModel()->selectedRows().first().data(kj::models::TitleRole).toString())
        : tr("Delete %n tracks? They also leave your background music, and their likes and comments go with them.", nullptr,
             int(ids.size()));
    if (QMessageBox::question(this, tr("Delete tracks"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        deleteTracks(ids);
}

void MusicPage::deleteTracks(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (kj::Status removed = m_music.service().removeTrack(id); !removed)
            showError(tr("The track could not be deleted."), removed.error());
    }
}

void MusicPage::addSelectedToPlaylist()
{
    const QStringList ids = selectedIds(m_tracks);
    if (!ids.isEmpty())
        (void)m_music.playlist().place(ids, m_music.playlist().rowCount());
}

void MusicPage::removeSelectedFromPlaylist()
{
    const QStringList ids = selectedIds(m_playlist);
    if (!ids.isEmpty())
        (void)m_music.playlist().remove(ids);
}

void MusicPage::playTracksFrom(int row)
{
    const kj::models::MyTrackModel &model = m_music.myTracks();
    QList<kj::Track> playable;
    int start = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        const kj::models::TrackRow track = model.rowData(i);
        if (track.uploading)
            continue;
        if (i == row)
            start = int(playable.size());
        playable.append(track.track);
    }
    if (row >= 0 && row < model.rowCount() && model.rowData(row).uploading) {
        m_message->setText(tr("This track plays once its file is uploaded."));
        m_message->show();
        return;
    }
    if (!playable.isEmpty())
        m_music.player().setQueue(playable, start, true);
}

void MusicPage::playPlaylistFrom(int row)
{
    const kj::models::PlaylistModel &model = m_music.playlist();
    const QString wanted = model.index(row, 0).data(kj::models::TrackIdRole).toString();
    const QList<kj::Track> tracks = model.tracks();
    int start = 0;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        if (tracks.at(i).id == wanted)
            start = int(i);
    }
    if (!tracks.isEmpty())
        m_music.player().setQueue(tracks, start, true);
}

void MusicPage::saveMusicOptions()
{
    kj::SpaceMusic music = m_music.service().music();
    music.autoplay = m_autoplay->isChecked();
    music.shuffle = m_shuffle->isChecked();
    if (kj::Status saved = m_music.service().setMusic(music); !saved)
        showError(tr("The background music could not be saved."), saved.error());
    updateState();
}

void MusicPage::showError(const QString &what, const kj::Error &error)
{
    m_message->setText(what + u' ' + errorText(error));
    m_message->show();
}

void MusicPage::updateState()
{
    const kj::SpaceMusic music = m_music.service().music();
    {
        const QSignalBlocker autoplayBlocker(m_autoplay);
        const QSignalBlocker shuffleBlocker(m_shuffle);
        m_autoplay->setChecked(music.autoplay);
        m_shuffle->setChecked(music.shuffle);
    }
    const bool pending = m_music.service().musicPending();
    m_playlistState->setText(pending ? tr("Not synced yet") : QString());
    m_playlistState->setToolTip(pending ? tr("Saved here; it goes to the server with the next sync, then your visitors hear it.")
                                        : QString());
    m_playlistState->setAccessibleName(m_playlistState->text());

    const bool tracksChosen = m_tracks->selectionModel()->hasSelection();
    m_playButton->setEnabled(m_music.myTracks().rowCount() > 0);
    m_addToPlaylistButton->setEnabled(tracksChosen);
    m_deleteButton->setEnabled(tracksChosen);
    m_playAllButton->setEnabled(!m_music.playlist().tracks().isEmpty());
    m_removeButton->setEnabled(m_playlist->selectionModel()->hasSelection());
    m_trackHint->setVisible(m_music.myTracks().rowCount() == 0);
    m_playlistHint->setVisible(m_music.playlist().rowCount() < 2);
}

void MusicPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MusicPage::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace kj::ui
