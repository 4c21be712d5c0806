#include "tests/ui/photos/photostestbase.h"

#include "app/services/friendgroupservice.h"
#include "app/services/photoservice.h"
#include "app/sync/uploadpusher.h"
#include "models/everyday/friendgroupmodel.h"
#include "models/photos/albumlistmodel.h"
#include "models/photos/photolistmodel.h"
#include "models/photos/uploadlistmodel.h"
#include "ui/audiencepicker.h"
#include "ui/photos/albumdialog.h"
#include "ui/photos/albumspage.h"
#include "ui/photos/thumbnailloader.h"
#include "ui/photos/uploadpanel.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using kj::ui::AlbumsPage;
using AlbumModel = kj::models::AlbumListModel;
using PhotoModel = kj::models::PhotoListModel;
using UploadModel = kj::models::UploadListModel;

// The albums page over a real store and the real server in this process: albums made offline reach the server,
// files and folders dropped onto an album are checked, queued and uploaded (pause, resume, cancel, a restart),
// and what is not a picture is refused with a message.
class TestAlbumsPage : public PhotosTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<AlbumsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void openPage(const QString &owner = {})
    {
        m_page = std::make_unique<AlbumsPage>(session(), owner);
        m_page->resize(1000, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.clear();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 &m_page->albumModel(), &m_page->photoModel(), &m_page->uploadPanel()->model()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void closePage()
    {
        m_testers.clear();
        m_page.reset();
    }

    //! Makes an album of mine here (offline first), as the "New album" dialog does.
    QString makeAlbum(const QString &title, kj::Visibility visibility = kj::Visibility::Friends)
    {
        kj::Album album;
        album.title = title;
        album.visibility = visibility;
        kj::Result<kj::Album> saved = m_page->service().saveAlbum(album);
        return saved ? saved->id : QString();
    }

    //! Sends a drop of `paths` onto `target` (a grid's viewport) at `pos`, as a drag from a file manager does.
    static bool dropFiles(QWidget *target, const QPoint &pos, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime.setUrls(urls);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    }

    QPoint albumTile(const QString &albumId) const
    {
        const int row = m_page->albumModel().rowOf(albumId);
        return m_page->albumGrid()->visualRect(m_page->albumModel().index(row)).center();
    }

    //! Every queued file is paused the moment an import has queued it, before the sync can send a byte.
    void pauseOnImport()
    {
        connect(&m_page->service(), &kj::app::PhotoService::importFinished, this,
                [this] { QVERIFY(m_page->service().pauseAll().ok()); }, Qt::DirectConnection);
    }

    QStringList pictureFolder(const QString &name, int count)
    {
        QStringList files;
        const QString root = filePath(name);
        for (int i = 0; i < count; ++i) {
            // Nested: a folder is looked through recursively.
            const QString path = root + (i % 2 ? QStringLiteral("/day2/") : QStringLiteral("/")) +
                                 QStringLiteral("photo%1.%2").arg(i).arg(i == 0 ? QStringLiteral("jpg") : QStringLiteral("png"));
            if (!writePicture(path, QSize(320 + i * 16, 240), i == 0 ? "JPEG" : "PNG"))
                return {};
            files.append(path);
        }
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        QVERIFY(startServerAndSession());
        openPage();
    }

    void cleanup()
    {
        closePage();
        stopAll();
    }

    void anAlbumMadeOfflineReachesTheServer()
    {
        // The server is away: the album is made here, marked as not synced yet.
        m_world->offline();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<kj::ui::AlbumDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->titleEdit()->setText(QStringLiteral("Spring outing"));
            dialog->descriptionEdit()->setPlainText(QStringLiteral("Xiangshan in April"));
            dialog->audiencePicker()->setAudience(kj::Visibility::Public);
            dialog->accept();
        });
        m_page->newAlbum();
        QVERIFY2(m_page->albumModel().rowCount() == 1, qPrintable(m_page->messageLabel()->text()));
        const QModelIndex album = m_page->albumModel().index(0);
        QCOMPARE(album.data(AlbumModel::TitleRole).toString(), QStringLiteral("Spring outing"));
        QCOMPARE(album.data(AlbumModel::VisibilityRole).toInt(), int(kj::Visibility::Public));
        QVERIFY(album.data(AlbumModel::PendingRole).toBool());
        const QString id = album.data(AlbumModel::IdRole).toString();

        QVERIFY(!syncOnce());
        QVERIFY(m_page->albumModel().index(0).data(AlbumModel::PendingRole).toBool());
        QVERIFY(m_world->online());
        QVERIFY(syncOnce());
        QTRY_VERIFY(!m_page->albumModel().index(0).data(AlbumModel::PendingRole).toBool());
        const TestReply listed = client().get(QStringLiteral("/api/v1/users/%1/albums").arg(kMe), myToken());
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("description")).toString(), QStringLiteral("Xiangshan in April"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("visibility")).toString(), QStringLiteral("public"));
    }

    void anAlbumForAFriendGroupReachesOnlyItsMembers()
    {
        // xiaogang is my friend too, but not in "Classmates" (xiaohong is).
        const QString otherToken = client().signUp(QStringLiteral("xiaogang"));
        QVERIFY(client().befriend(myToken(), QStringLiteral("xiaogang"), otherToken));
        kj::app::FriendGroupService groupService(session().store(), session().api(), &session().sync());
        kj::models::FriendGroupModel groups(session().store());
        QAbstractItemModelTester groupsTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const kj::Result<kj::FriendGroup> classmates = groupService.create(QStringLiteral("Classmates"), {kFriend});
        QVERIFY(classmates.ok());
        m_page->setGroupModel(&groups);

        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto *dialog = qobject_cast<kj::ui::AlbumDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->titleEdit()->setText(QStringLiteral("Class trip"));
            kj::ui::AudiencePicker *picker = dialog->audiencePicker();
            QCOMPARE(picker->visibility(), kj::Visibility::Friends);
            const int row = picker->findText(QStringLiteral("Classmates"));
            QVERIFY(row >= 0);
            picker->setCurrentIndex(row); // as a click in its list does
            filled = true;
            dialog->accept();
        });
        m_page->newAlbum();
        QVERIFY(filled);
        QCOMPARE(m_page->albumModel().rowCount(), 1);
        const QString id = m_page->albumModel().index(0).data(AlbumModel::IdRole).toString();
        QCOMPARE(m_page->albumModel().index(0).data(AlbumModel::VisibilityRole).toInt(), int(kj::Visibility::Groups));
        QCOMPARE(m_page->service().album(id)->groups, QStringList{classmates->id});

        QVERIFY(syncOnce());
        const auto listedTo = [this, &id](const QString &token) {
            const TestReply listed = client().get(QStringLiteral("/api/v1/users/%1/albums").arg(kMe), token);
            for (const QJsonValue &album : listed.json.value(QStringLiteral("items")).toArray()) {
                if (album.toObject().value(QStringLiteral("id")).toString() == id)
                    return album.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject mine = listedTo(myToken());
        QCOMPARE(mine.value(QStringLiteral("visibility")).toString(), QStringLiteral("groups"));
        QCOMPARE(mine.value(QStringLiteral("groups")).toArray(), QJsonArray({classmates->id}));
        // xiaohong is in the group: she sees the album; xiaogang, a friend outside it, does not.
        QCOMPARE(listedTo(friendToken()).value(QStringLiteral("id")).toString(), id);
        QVERIFY(listedTo(otherToken).isEmpty());

        // Edited, the dialog shows the group chosen.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<kj::ui::AlbumDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->audiencePicker()->currentText(), QStringLiteral("Classmates"));
            dialog->reject();
        });
        m_page->albumGrid()->setCurrentIndex(m_page->albumModel().index(0));
        m_page->editAlbum();
    }

    void aDroppedFolderUploadsItsPicturesWithThumbnails()
    {
        const QString albumId = makeAlbum(QStringLiteral("Holiday"));
        QVERIFY(!albumId.isEmpty());
        QVERIFY(syncOnce());
        const QStringList files = pictureFolder(QStringLiteral("holiday"), 3);
        QCOMPARE(files.size(), 3);

        QSignalSpy imported(&m_page->service(), &kj::app::PhotoService::importFinished);
        QVERIFY(dropFiles(m_page->albumGrid()->viewport(), albumTile(albumId), {filePath(QStringLiteral("holiday"))}));
        QVERIFY(imported.wait(30000));
        const auto report = imported.first().first().value<kj::app::PhotoImportReport>();
        QCOMPARE(report.queued.size(), 3);
        QVERIFY(report.refused.isEmpty());
        QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("added to “Holiday”")));

        // They go up with the sync the import started; the panel shows them meanwhile, then goes.
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(albumId).size(), 3, 30000);
        QTRY_COMPARE(m_page->uploadPanel()->model().rowCount(), 0);
        QTRY_VERIFY(m_page->uploadPanel()->isHidden());

        m_page->openAlbum(albumId);
        QTRY_COMPARE(m_page->photoModel().rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const QModelIndex photo = m_page->photoModel().index(row);
            QVERIFY(!photo.data(PhotoModel::QueuedRole).toBool());
            const QString mediaId = photo.data(PhotoModel::MediaIdRole).toString();
            QVERIFY(!mediaId.isEmpty());
            // The delegate's thumbnail, fetched through the media cache and decoded off the GUI thread.
            QTRY_VERIFY(!m_page->thumbnails().thumbnail(mediaId, {}, QSize(150, 150)).isNull());
        }
        QTRY_COMPARE(m_page->albumModel().index(m_page->albumModel().rowOf(albumId)).data(AlbumModel::PhotoCountRole).toInt(), 3);
        QVERIFY(!m_page->albumModel().index(0).data(AlbumModel::CoverMediaIdRole).toString().isEmpty());
    }

    void filesDroppedIntoAnOpenAlbumGoThere()
    {
        const QString albumId = makeAlbum(QStringLiteral("Cats"));
        QVERIFY(syncOnce());
        const QString file = filePath(QStringLiteral("cat.png"));
        QVERIFY(writePicture(file, QSize(200, 200), "PNG"));
        m_page->openAlbum(albumId);
        QSignalSpy imported(&m_page->service(), &kj::app::PhotoService::importFinished);
        QVERIFY(dropFiles(m_page->photoGrid()->viewport(), QPoint(40, 40), {file}));
        QVERIFY(imported.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(albumId).size(), 1, 30000);
        QTRY_COMPARE(m_page->photoModel().rowCount(), 1);
        QTRY_VERIFY(!m_page->photoModel().index(0).data(PhotoModel::QueuedRole).toBool());
    }

    void whatIsNotAPictureIsRefusedAndNothingQueued()
    {
        const QString albumId = makeAlbum(QStringLiteral("Documents"));
        QVERIFY(syncOnce());
        const QString folder = filePath(QStringLiteral("mixed"));
        QVERIFY(writeText(folder + QStringLiteral("/notes.txt"), "not a picture"));
        // A name that says JPEG, bytes that do not: recognised by content, refused.
        QVERIFY(writeText(folder + QStringLiteral("/fake.jpg"), "<html>hello</html>"));
        // A real PNG header cut short: damaged.
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImage image(400, 400, QImage::Format_RGB32);
            image.fill(Qt::red);
            image.save(&buffer, "PNG");
        }
        QVERIFY(writeText(folder + QStringLiteral("/cut.png"), png.left(60)));

        QSignalSpy imported(&m_page->service(), &kj::app::PhotoService::importFinished);
        QVERIFY(dropFiles(m_page->albumGrid()->viewport(), albumTile(albumId), {folder}));
        QVERIFY(imported.wait(30000));
        const auto report = imported.first().first().value<kj::app::PhotoImportReport>();
        QVERIFY(report.queued.isEmpty());
        QCOMPARE(report.refused.size(), 3);
        const QString message = m_page->messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("notes.txt is not a picture")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("fake.jpg is not a picture")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cut.png cannot be read as a picture")), qPrintable(message));
        QVERIFY(m_page->messageLabel()->property("problem").toBool());
        QCOMPARE(m_page->service().uploads().size(), 0);
        QCOMPARE(m_page->uploadPanel()->model().rowCount(), 0);
        QVERIFY(m_page->uploadPanel()->isHidden());
    }

    void aDropBesideTheAlbumsIsNotTaken()
    {
        makeAlbum(QStringLiteral("Only one"));
        const QString file = filePath(QStringLiteral("lost.png"));
        QVERIFY(writePicture(file, QSize(64, 64), "PNG"));
        const QRect grid = m_page->albumGrid()->viewport()->rect();
        QVERIFY(!dropFiles(m_page->albumGrid()->viewport(), grid.bottomRight() - QPoint(5, 5), {file}));
        QCOMPARE(m_page->service().uploads().size(), 0);
    }

    void pausedUploadsWaitThenResumeAndComplete()
    {
        const QString albumId = makeAlbum(QStringLiteral("Paused"));
        QVERIFY(syncOnce());
        session().sync().uploads().setChunkSize(16 * 1024);
        pictureFolder(QStringLiteral("paused"), 3);
        pauseOnImport();
        QSignalSpy imported(&m_page->service(), &kj::app::PhotoService::importFinished);
        QVERIFY(dropFiles(m_page->albumGrid()->viewport(), albumTile(albumId), {filePath(QStringLiteral("paused"))}));
        QVERIFY(imported.wait(30000));

        // Paused: a sync passes them by, and other changes still go.
        QVERIFY(syncOnce());
        QCOMPARE(serverPhotos(albumId).size(), 0);
        UploadModel &uploads = m_page->uploadPanel()->model();
        QTRY_COMPARE(uploads.rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QVERIFY(uploads.index(row).data(UploadModel::PausedRole).toBool());
        QVERIFY(m_page->uploadPanel()->isVisible());
        m_page->openAlbum(albumId);
        QTRY_COMPARE(m_page->photoModel().rowCount(), 3);
        QVERIFY(m_page->photoModel().index(0).data(PhotoModel::QueuedRole).toBool());
        QVERIFY(m_page->photoModel().index(0).data(PhotoModel::PausedRole).toBool());
        // A change made while they wait is not held up behind them.
        kj::Album edited = *m_page->service().album(albumId);
        edited.description = QStringLiteral("still here");
        QVERIFY(m_page->service().saveAlbum(edited).ok());
        QVERIFY(syncOnce());
        QCOMPARE(client().get(QStringLiteral("/api/v1/albums/%1/photos").arg(albumId), myToken())
                     .json.value(QStringLiteral("album")).toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("still here"));

        // Resume one with the panel's button, then the rest with "Resume all".
        m_page->uploadPanel()->list()->setCurrentIndex(uploads.index(0));
        auto *resume = m_page->uploadPanel()->findChild<QPushButton *>(QStringLiteral("resumeUpload"));
        QVERIFY(resume && resume->isEnabled());
        resume->click();
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(albumId).size(), 1, 30000);
        auto *resumeAll = m_page->uploadPanel()->findChild<QPushButton *>(QStringLiteral("resumeAllUploads"));
        QTRY_VERIFY(resumeAll->isEnabled());
        resumeAll->click();
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(albumId).size(), 3, 30000);
        QTRY_COMPARE(uploads.rowCount(), 0);
        QTRY_COMPARE(m_page->photoModel().rowCount(), 3);
        QTRY_VERIFY(!m_page->photoModel().index(2).data(PhotoModel::QueuedRole).toBool());
    }

    void anUploadPausedInFlightResumesWhereItStopped()
    {
        const QString albumId = makeAlbum(QStringLiteral("Big"));
        QVERIFY(syncOnce());
        session().sync().uploads().setChunkSize(8 * 1024);
        const QString file = filePath(QStringLiteral("big.png"));
        QVERIFY(writePicture(file, QSize(300, 300), "PNG"));
        // Pause at the second acknowledged chunk.
        QString pausedId;
        auto connection = connect(&m_page->service(), &kj::app::PhotoService::fileProgress, this,
                                  [&](const QString &id, qint64 sent, qint64) {
                                      if (pausedId.isEmpty() && sent >= 16 * 1024) {
                                          pausedId = id;
                                          QVERIFY(m_page->service().pauseUpload(id).ok());
                                      }
                                  });
        m_page->importInto(albumId, {file});
        QTRY_VERIFY_WITH_TIMEOUT(!pausedId.isEmpty(), 30000);
        disconnect(connection);
        QTRY_VERIFY(!session().sync().isSyncing());
        const QList<kj::app::UploadQueue::Entry> waiting = m_page->service().uploads();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(waiting.first().paused);
        QVERIFY(waiting.first().upload.sent >= 16 * 1024);
        QVERIFY(waiting.first().upload.sent < waiting.first().upload.size);
        QCOMPARE(serverPhotos(albumId).size(), 0);

        // A restart: the queue is in the store, still paused; resumed, it goes on from the server's offset.
        closePage();
        closeSession();
        QVERIFY(openSession());
        openPage();
        QTRY_COMPARE(m_page->uploadPanel()->model().rowCount(), 1);
        QVERIFY(m_page->uploadPanel()->model().index(0).data(UploadModel::PausedRole).toBool());
        QVERIFY(m_page->uploadPanel()->model().index(0).data(UploadModel::ProgressRole).toDouble() > 0);
        QVERIFY(syncOnce());
        QCOMPARE(serverPhotos(albumId).size(), 0);
        qint64 firstSent = -1;
        connect(&m_page->service(), &kj::app::PhotoService::fileProgress, this, [&](const QString &, qint64 sent, qint64) {
            if (firstSent < 0)
                firstSent = sent;
        });
        QVERIFY(m_page->service().resumeUpload(pausedId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(albumId).size(), 1, 30000);
        QVERIFY2(firstSent >= 16 * 1024, "the upload started over instead of resuming");
        QCOMPARE(serverPhotos(albumId).at(0).toObject().value(QStringLiteral("id")).toString(), pausedId);
    }

    void cancelledUploadsAreForgotten()
    {
        const QString albumId = makeAlbum(QStringLiteral("Cancelled"));
        QVERIFY(syncOnce());
        pictureFolder(QStringLiteral("cancel"), 2);
        pauseOnImport();
        QSignalSpy imported(&m_page->service(), &kj::app::PhotoService::importFinished);
        QVERIFY(dropFiles(m_page->albumGrid()->viewport(), albumTile(albumId), {filePath(QStringLiteral("cancel"))}));
        QVERIFY(imported.wait(30000));
        UploadModel &uploads = m_page->uploadPanel()->model();
        QTRY_COMPARE(uploads.rowCount(), 2);
        const QString cancelled = uploads.index(0).data(UploadModel::IdRole).toString();
        const QString kept = uploads.index(1).data(UploadModel::IdRole).toString();
        m_page->uploadPanel()->list()->setCurrentIndex(uploads.index(0));
        m_page->uploadPanel()->findChild<QPushButton *>(QStringLiteral("cancelUpload"))->click();
        QTRY_COMPARE(uploads.rowCount(), 1);
        QCOMPARE(uploads.index(0).data(UploadModel::IdRole).toString(), kept);
        QCOMPARE(m_page->albumModel().index(m_page->albumModel().rowOf(albumId)).data(AlbumModel::UploadingRole).toInt(), 1);

        QVERIFY(m_page->service().resumeAll().ok());
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(albumId).size(), 1, 30000);
        QCOMPARE(serverPhotos(albumId).at(0).toObject().value(QStringLiteral("id")).toString(), kept);
        QTRY_COMPARE(uploads.rowCount(), 0);
        QVERIFY(syncOnce());
        QCOMPARE(serverPhotos(albumId).size(), 1);
        QVERIFY(m_page->photoModel().rowOf(cancelled) < 0);

        // "Cancel all" too.
        pictureFolder(QStringLiteral("cancel2"), 2);
        imported.clear();
        m_page->importInto(albumId, {filePath(QStringLiteral("cancel2"))});
        QVERIFY(imported.wait(30000));
        QTRY_COMPARE(uploads.rowCount(), 2);
        m_page->uploadPanel()->findChild<QPushButton *>(QStringLiteral("cancelAllUploads"))->click();
        QTRY_COMPARE(uploads.rowCount(), 0);
        QVERIFY(syncOnce());
        QCOMPARE(serverPhotos(albumId).size(), 1);
    }

    void aFriendsAlbumsAreShownReadOnly()
    {
        const QString albumId = makeServerAlbum(QStringLiteral("Xiaohong's trip"), friendToken());
        QVERIFY(!albumId.isEmpty());
        closePage();
        openPage(kFriend);
        QVERIFY(!m_page->isMine());
        QTRY_COMPARE(m_page->albumModel().rowCount(), 1);
        QCOMPARE(m_page->albumModel().index(0).data(AlbumModel::TitleRole).toString(), QStringLiteral("Xiaohong's trip"));
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("newAlbumButton"))->isHidden());
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("addPhotosButton"))->isHidden());
        const QString file = filePath(QStringLiteral("intruder.png"));
        QVERIFY(writePicture(file, QSize(64, 64), "PNG"));
        QVERIFY(!dropFiles(m_page->albumGrid()->viewport(), albumTile(albumId), {file}));
        QCOMPARE(m_page->service().uploads().size(), 0);

        // Back to mine.
        m_page->setOwner({});
        QVERIFY(m_page->isMine());
        QCOMPARE(m_page->albumModel().rowCount(), 0);
    }
};

QTEST_MAIN(TestAlbumsPage)
#include "tst_albumspage.moc"
