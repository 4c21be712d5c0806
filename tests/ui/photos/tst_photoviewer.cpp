#include "tests/ui/photos/photostestbase.h"

#include "app/services/photoservice.h"
#include "models/photos/photolistmodel.h"
#include "tests/support/exifjpeg.h"
#include "ui/photos/albumspage.h"
#include "ui/photos/photoviewer.h"
#include "ui/photos/zoomview.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QWheelEvent>

using kj::ui::AlbumsPage;
using kj::ui::PhotoViewer;
using PhotoModel = kj::models::PhotoListModel;

// The photo viewer over an album of three photos on the real server in this process: previous and next by
// keys and buttons, zoom, the caption edited offline first, facts (the camera's too, kept in the local cache),
// comments and likes.
class TestPhotoViewer : public PhotosTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<AlbumsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_albumId;

    PhotoViewer *viewer() const { return m_page->viewer(); }

    QJsonObject serverPhoto(const QString &photoId)
    {
        for (const QJsonValue &photo : serverPhotos(m_albumId)) {
            if (photo.toObject().value(QStringLiteral("id")).toString() == photoId)
                return photo.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        QVERIFY(startServerAndSession());
        m_page = std::make_unique<AlbumsPage>(session());
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_page->photoModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        kj::Album album;
        album.title = QStringLiteral("Xiangshan");
        album.visibility = kj::Visibility::Friends;
        kj::Result<kj::Album> saved = m_page->service().saveAlbum(album);
        QVERIFY(saved.ok());
        m_albumId = saved->id;
        QVERIFY(syncOnce());
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const QString path = filePath(QStringLiteral("pictures/%1.png").arg(i));
            QVERIFY(writePicture(path, QSize(400 + 100 * i, 300), "PNG"));
            files.append(path);
        }
        QSignalSpy imported(&m_page->service(), &kj::app::PhotoService::importFinished);
        m_page->importInto(m_albumId, files);
        QVERIFY(imported.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(m_albumId).size(), 3, 30000);
        QTRY_VERIFY(m_page->service().uploads().isEmpty());
        m_page->openAlbum(m_albumId);
        QTRY_COMPARE(m_page->photoModel().rowCount(), 3);
        QTRY_VERIFY(!m_page->photoModel().index(0).data(PhotoModel::QueuedRole).toBool());
        m_page->openPhoto(m_page->photoModel().index(0).data(PhotoModel::IdRole).toString());
        QVERIFY(viewer()->isVisible());
        QTRY_VERIFY(viewer()->isPictureShown());
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        stopAll();
    }

    void nextAndPreviousByKeysAndButtons()
    {
        QCOMPARE(viewer()->currentRow(), 0);
        auto *previous = viewer()->findChild<QToolButton *>(QStringLiteral("previousPhoto"));
        auto *next = viewer()->findChild<QToolButton *>(QStringLiteral("nextPhoto"));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        QTest::keyClick(viewer()->zoomView(), Qt::Key_Right);
        QCOMPARE(viewer()->currentRow(), 1);
        QCOMPARE(viewer()->currentPhotoId(), m_page->photoModel().index(1).data(PhotoModel::IdRole).toString());
        QTRY_VERIFY(viewer()->isPictureShown());
        next->click();
        QCOMPARE(viewer()->currentRow(), 2);
        QVERIFY(!next->isEnabled());
        QTest::keyClick(viewer()->zoomView(), Qt::Key_Right); // the last one stays
        QCOMPARE(viewer()->currentRow(), 2);
        QTest::keyClick(viewer()->zoomView(), Qt::Key_Left);
        QCOMPARE(viewer()->currentRow(), 1);
        previous->click();
        QCOMPARE(viewer()->currentRow(), 0);
        // The picture shown is the photo's: its size is the one uploaded (the large rendition of a small picture).
        const QSize size = m_page->photoModel().index(0).data(PhotoModel::SizeRole).toSize();
        QTRY_COMPARE(viewer()->zoomView()->image().size(), size);
        QVERIFY(viewer()->factsLabel()->text().contains(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
        // Esc goes back to the album.
        QTest::keyClick(viewer()->zoomView(), Qt::Key_Escape);
        QVERIFY(!viewer()->isVisible());
        QVERIFY(m_page->photoGrid()->isVisible());
    }

    void zoomsWithKeysButtonsAndTheWheel()
    {
        kj::ui::ZoomView *view = viewer()->zoomView();
        QVERIFY(view->isFitted());
        const double fitted = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(!view->isFitted());
        QVERIFY(qFuzzyCompare(view->zoom(), fitted * 1.25));
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(qFuzzyCompare(view->zoom(), fitted));
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(view->zoom(), 1.0);
        viewer()->findChild<QToolButton *>(QStringLiteral("zoomIn"))->click();
        QVERIFY(qFuzzyCompare(view->zoom(), 1.25));
        // Ctrl+wheel zooms; a plain wheel scrolls.
        const QPointF at = view->viewport()->rect().center();
        QWheelEvent up(at, view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                       Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &up);
        QVERIFY(qFuzzyCompare(view->zoom(), 1.25 * 1.25));
        QWheelEvent plain(at, view->viewport()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &plain);
        QVERIFY(qFuzzyCompare(view->zoom(), 1.25 * 1.25));
        QTest::keyClick(view, Qt::Key_F);
        QVERIFY(view->isFitted());
        QVERIFY(qFuzzyCompare(view->zoom(), fitted));
        // Bounded.
        for (int i = 0; i < 40; ++i)
            view->zoomIn();
        QCOMPARE(view->zoom(), kj::ui::ZoomView::kMaxZoom);
    }

    void cameraFactsShowOnlyWhenKnown()
    {
        // The PNGs of init() carry no EXIF: no camera, no exposure.
        QVERIFY(viewer()->factsLabel()->text().contains(QStringLiteral("Size:")));
        QVERIFY(!viewer()->factsLabel()->text().contains(QStringLiteral("Camera:")));
        QVERIFY(!viewer()->factsLabel()->text().contains(QStringLiteral("Exposure:")));

        const QString path = filePath(QStringLiteral("pictures/canon.jpg"));
        QImage picture(QSize(640, 480), QImage::Format_RGB32);
        picture.fill(QColor(70, 110, 150));
        QVERIFY(writeText(path, jpegWithExif(picture,
                                             {{"Exif.Image.Make", "Canon"},
                                              {"Exif.Image.Model", "Canon EOS R6"},
                                              {"Exif.Photo.LensModel", "RF24-105mm F4 L IS USM"},
                                              {"Exif.Photo.FNumber", "4/1"},
                                              {"Exif.Photo.ExposureTime", "1/250"},
                                              {"Exif.Photo.ISOSpeedRatings", "400"},
                                              {"Exif.Photo.FocalLength", "50/1"}})));
        QSignalSpy imported(&m_page->service(), &kj::app::PhotoService::importFinished);
        m_page->importInto(m_albumId, {path});
        QVERIFY(imported.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(serverPhotos(m_albumId).size(), 4, 30000);
        QTRY_VERIFY(m_page->service().uploads().isEmpty());
        QString photoId;
        for (const QJsonValue &photo : serverPhotos(m_albumId)) {
            if (photo.toObject().contains(QStringLiteral("exif")))
                photoId = photo.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!photoId.isEmpty());
        const QString camera = QStringLiteral("Camera: Canon EOS R6 · RF24-105mm F4 L IS USM");
        const QString exposure = QStringLiteral("Exposure: f/4 · 1/250 s · ISO 400 · 50 mm");
        QTRY_VERIFY(m_page->photoModel().rowOf(photoId) >= 0
                    && !m_page->photoModel().index(m_page->photoModel().rowOf(photoId)).data(PhotoModel::QueuedRole).toBool());
        m_page->openPhoto(photoId);
        QCOMPARE(viewer()->currentPhotoId(), photoId);
        QTRY_VERIFY2(viewer()->factsLabel()->text().contains(camera), qPrintable(viewer()->factsLabel()->text()));
        QVERIFY2(viewer()->factsLabel()->text().contains(exposure), qPrintable(viewer()->factsLabel()->text()));
        viewer()->showRow(m_page->photoModel().rowOf(photoId) == 0 ? 1 : 0); // a PNG again: the lines go
        QVERIFY(!viewer()->factsLabel()->text().contains(QStringLiteral("Camera:")));

        // Offline, from the local cache of a new session: the facts are still there.
        m_tester.reset();
        m_page.reset();
        m_world->offline();
        closeSession();
        QVERIFY(openSession());
        m_page = std::make_unique<AlbumsPage>(session());
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_page->photoModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->show();
        m_page->openAlbum(m_albumId);
        QTRY_COMPARE(m_page->photoModel().rowCount(), 4);
        m_page->openPhoto(photoId);
        QVERIFY(viewer()->factsLabel()->text().contains(camera));
        QVERIFY(viewer()->factsLabel()->text().contains(exposure));
    }

    void aCaptionEditedOfflineReachesTheServerAfterSync()
    {
        const QString photoId = viewer()->currentPhotoId();
        m_world->offline();
        QLineEdit *caption = viewer()->captionEdit();
        QVERIFY(caption->isVisible());
        caption->setFocus();
        QTest::keyClicks(caption, QStringLiteral("Maple leaves"));
        QVERIFY(viewer()->saveCaptionButton()->isEnabled());
        QTest::keyClick(caption, Qt::Key_Return);
        QTRY_VERIFY(m_page->photoModel().index(m_page->photoModel().rowOf(photoId)).data(PhotoModel::PendingRole).toBool());
        QCOMPARE(m_page->photoModel().index(m_page->photoModel().rowOf(photoId)).data(PhotoModel::CaptionRole).toString(),
                 QStringLiteral("Maple leaves"));
        QVERIFY(viewer()->factsLabel()->text().contains(QStringLiteral("next sync")));
        QVERIFY(!syncOnce());

        QVERIFY(m_world->online());
        QCOMPARE(serverPhoto(photoId).value(QStringLiteral("caption")).toString(), QString());
        QVERIFY(syncOnce());
        QCOMPARE(serverPhoto(photoId).value(QStringLiteral("caption")).toString(), QStringLiteral("Maple leaves"));
        QTRY_VERIFY(!m_page->photoModel().index(m_page->photoModel().rowOf(photoId)).data(PhotoModel::PendingRole).toBool());
    }

    void commentsAndLikesGoOfflineFirst()
    {
        const QString photoId = viewer()->currentPhotoId();
        QTest::keyClicks(viewer()->commentEdit(), QStringLiteral("Beautiful!"));
        QTest::keyClick(viewer()->commentEdit(), Qt::Key_Return);
        QCOMPARE(viewer()->commentList()->count(), 1);
        QVERIFY(viewer()->commentList()->item(0)->text().contains(QStringLiteral("Beautiful!")));
        QVERIFY(viewer()->commentList()->item(0)->text().contains(QStringLiteral("not sent yet")));
        viewer()->likeButton()->click();
        QVERIFY(viewer()->likeButton()->isChecked());
        // "1 like" once the English plural forms are in; the count is what matters here.
        QVERIFY(viewer()->likeButton()->text().startsWith(QStringLiteral("1 like")));

        QVERIFY(syncOnce());
        const TestReply comments = client().get(QStringLiteral("/api/v1/items/photo/%1/comments").arg(photoId), myToken());
        QCOMPARE(comments.status, 200);
        const QJsonArray items = comments.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Beautiful!"));
        // My like is on the server: a friend's makes two.
        const TestReply liked = client().put(QStringLiteral("/api/v1/items/photo/%1/like").arg(photoId), {}, friendToken());
        QCOMPARE(liked.status, 200);
        QCOMPARE(liked.json.value(QStringLiteral("likeCount")).toInt(), 2);
        // A friend's comment shows when the viewer comes back to the photo.
        const TestReply theirs = client().post(QStringLiteral("/api/v1/items/photo/%1/comments").arg(photoId),
                                                {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                 {QStringLiteral("text"), QStringLiteral("Lovely")}},
                                                friendToken());
        QCOMPARE(theirs.status, 201);
        viewer()->showNext();
        viewer()->showPrevious();
        QTRY_COMPARE(viewer()->commentList()->count(), 2);
        QVERIFY(!viewer()->commentList()->item(0)->text().contains(QStringLiteral("not sent yet")));
    }
};

QTEST_MAIN(TestPhotoViewer)
#include "tst_photoviewer.moc"
