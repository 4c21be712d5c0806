#include "app/clientsession.h"
#include "app/services/feedservice.h"
#include "app/services/friendgroupservice.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/everyday/friendgroupmodel.h"
#include "models/feed/feedmodel.h"
#include "models/store/clientstore.h"
#include "models/store/commentrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"
#include "models/store/outbox.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/audiencepicker.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedpage.h"
#include "ui/feed/feedpictures.h"
#include "ui/feed/repostdialog.h"
#include "ui/feed/statuscomposer.h"
#include "ui/photos/photoviewer.h"
#include "ui/photos/zoomview.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using kj::models::FeedModel;
using kj::models::FeedPicture;
using kj::ui::FeedDelegate;
using kj::ui::FeedPage;
using Role = kj::models::FeedModel::Role;

// The feed page of a signed-in account over a real local store and the real server in this process: the
// 说说 composer, the actions on a card (clicked where the delegate draws them) and the pictures.
class TestFeedPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_world;
    std::unique_ptr<FeedModel> m_model;
    std::unique_ptr<FeedPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QListView *list() const { return m_page->list(); }

    //! The item an answer of GET /posts/{id}, /photos/{id}, ... carries under `key`.
    static QJsonObject item(const TestReply &reply, const QString &key) { return reply.json.value(key).toObject(); }

    void syncOnce()
    {
        const kj::Status status = m_world->syncOnce();
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    }

    kj::app::ClientSession &session() const { return m_world->session(); }
    JsonClient &client() const { return m_world->client(); }
    QString myToken() const { return m_world->token(SessionFixture::kMe); }
    QString friendToken() const { return m_world->token(SessionFixture::kFriend); }

    //! The row of the entry whose text is `text`, once the feed shows it.
    int rowWithText(const QString &text) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(Role::TextRole).toString() == text)
                return row;
        }
        return -1;
    }

    void click(int row, FeedDelegate::Hit hit)
    {
        list()->doItemsLayout(); // rows that grew or shrank are laid out before the click, as a person would see them
        const QModelIndex index = m_model->index(row);
        list()->scrollTo(index);
        const QRect rect = m_page->delegate()->hitRect(index, hit);
        QVERIFY(!rect.isEmpty());
        QVERIFY(list()->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QString friendPosts(const QString &text, const QStringList &photoIds = {})
    {
        const QString id = kj::newItemId();
        const TestReply written = client().put(QStringLiteral("/api/v1/posts/") + id,
                                                QJsonObject{{QStringLiteral("text"), text},
                                                            {QStringLiteral("photoIds"), QJsonArray::fromStringList(photoIds)},
                                                            {QStringLiteral("visibility"), QStringLiteral("friends")}},
                                                friendToken());
        if (written.status != 201)
            qWarning() << "post" << written.status << written.body;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_world = std::make_unique<SessionFixture>();
        QVERIFY(m_world->start(QStringLiteral("小明")));
        m_model = std::make_unique<FeedModel>(session().store());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page = std::make_unique<FeedPage>(*m_model, session());
        m_page->resize(760, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_tester.reset();
        m_model.reset();
        m_world.reset();
    }

    void composerPostsOfflineFirstThenSyncs()
    {
        const QString photoPath = QDir(m_world->dir()).filePath(QStringLiteral("西湖.jpg"));
        QVERIFY(MediaClient::testImage(640, 480).save(photoPath, "JPEG"));

        kj::ui::StatusComposer *composer = m_page->composer();
        QVERIFY(!composer->postButton()->isEnabled()); // nothing to post yet
        m_page->newStatusAction()->trigger();
        QTRY_VERIFY(composer->textEdit()->hasFocus());
        // What an input method commits (QTest types ASCII keys only).
        composer->textEdit()->insertPlainText(QStringLiteral("下雨了，西湖很美"));
        QVERIFY(composer->postButton()->isEnabled());
        QCOMPARE(composer->findChild<QLabel *>(QStringLiteral("statusCount"))->text(), QStringLiteral("8 / 10,000"));
        composer->addPhotos({photoPath, QDir(m_world->dir()).filePath(QStringLiteral("not-there.jpg"))});
        QCOMPARE(composer->photos(), QStringList{photoPath});
        QVERIFY(composer->errorLabel()->isVisibleTo(composer)); // the missing file is named

        QSignalSpy posted(composer, &kj::ui::StatusComposer::posted);
        QTest::keyClick(composer->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        // The photo is read and hashed off the GUI thread first: nothing saved yet, the button says so.
        QVERIFY(composer->isPreparing());
        QCOMPARE(posted.count(), 0);
        QCOMPARE(composer->postButton()->text(), QStringLiteral("Preparing…"));
        QVERIFY(!composer->postButton()->isEnabled());
        QTRY_COMPARE(posted.count(), 1);
        QVERIFY(!composer->isPreparing());
        const QString id = posted.constFirst().constFirst().toString();
        QVERIFY(composer->textEdit()->toPlainText().isEmpty());
        QVERIFY(composer->photos().isEmpty());

        // Shown at once, pending, with the photo read from the file queued here.
        QTRY_COMPARE(m_model->index(0).data(Role::IdRole).toString(), id);
        const QModelIndex row = m_model->index(0);
        QCOMPARE(row.data(Role::KindRole).toString(), QStringLiteral("post"));
        QCOMPARE(row.data(Role::TextRole).toString(), QStringLiteral("下雨了，西湖很美"));
        QVERIFY(row.data(Role::PendingRole).toBool());
        QVERIFY(row.data(Role::IsMineRole).toBool());
        QCOMPARE(row.data(Role::PictureCountRole).toInt(), 1);
        QCOMPARE(row.data(Role::PicturesRole).toList().first().value<FeedPicture>().localPath, photoPath);
        // Saved here, not sent: the server does not know it yet.
        QVERIFY(session().store().outbox().hasPending(QStringLiteral("post"), id));
        QCOMPARE(client().get(QStringLiteral("/api/v1/posts/") + id, myToken()).status, 404);

        syncOnce();
        QCOMPARE(session().store().outbox().pendingCount(), 0);
        const TestReply onServer = client().get(QStringLiteral("/api/v1/posts/") + id, friendToken());
        QCOMPARE(onServer.status, 200);
        QCOMPARE(item(onServer, QStringLiteral("post")).value(QStringLiteral("text")).toString(), QStringLiteral("下雨了，西湖很美"));
        const QJsonArray photoIds = item(onServer, QStringLiteral("post")).value(QStringLiteral("photoIds")).toArray();
        QCOMPARE(photoIds.size(), 1);
        // The photo went into my 说说 album, with the 说说's audience.
        const TestReply albums = client().get(QStringLiteral("/api/v1/users/xiaoming/albums"), myToken());
        QCOMPARE(albums.status, 200);
        QString albumId;
        for (const QJsonValue &album : albums.json.value(QStringLiteral("items")).toArray()) {
            if (album.toObject().value(QStringLiteral("title")).toString() == kj::app::FeedService::kStatusAlbumTitle)
                albumId = album.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!albumId.isEmpty());
        const TestReply photos = client().get(QStringLiteral("/api/v1/albums/") + albumId + QStringLiteral("/photos"), friendToken());
        const QJsonArray inAlbum = photos.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(inAlbum.size(), 1);
        QCOMPARE(inAlbum.first().toObject().value(QStringLiteral("id")).toString(), photoIds.first().toString());
        QCOMPARE(inAlbum.first().toObject().value(QStringLiteral("visibility")).toString(), QStringLiteral("friends"));

        QTRY_VERIFY(!m_model->index(m_model->rowOfKey(QStringLiteral("post/") + id)).data(Role::PendingRole).toBool());
        // One entry: the photo shows in its 说说, not again as a photo of its own.
        QTRY_COMPARE(m_model->rowCount(), 1);
    }

    void aFileThatIsNoPictureIsRefusedBeforeAnythingIsSaved()
    {
        // Named like a picture, but text inside: the composer takes it by name, the check by content refuses it.
        const QString fake = QDir(m_world->dir()).filePath(QStringLiteral("假的.png"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture at all");
        file.close();
        kj::ui::StatusComposer *composer = m_page->composer();
        composer->textEdit()->insertPlainText(QStringLiteral("看图"));
        composer->addPhotos({fake});
        QCOMPARE(composer->photos(), QStringList{fake});
        QSignalSpy posted(composer, &kj::ui::StatusComposer::posted);
        QVERIFY(composer->post());
        QTRY_VERIFY(!composer->isPreparing());
        QCOMPARE(posted.count(), 0);
        QVERIFY(composer->errorLabel()->isVisibleTo(composer));
        QVERIFY2(composer->errorLabel()->text().contains(QStringLiteral("假的.png is not a picture")),
                 qPrintable(composer->errorLabel()->text()));
        // Nothing lost, nothing queued.
        QCOMPARE(composer->textEdit()->toPlainText(), QStringLiteral("看图"));
        QVERIFY(session().store().outbox().entries().isEmpty());
    }

    void likeCommentAndRepostThroughTheCard()
    {
        const QString id = friendPosts(QStringLiteral("周末去爬香山吗？"));
        syncOnce();
        QTRY_VERIFY(rowWithText(QStringLiteral("周末去爬香山吗？")) >= 0);
        int row = rowWithText(QStringLiteral("周末去爬香山吗？"));
        QCOMPARE(m_model->index(row).data(Role::LikeCountRole).toInt(), 0);

        // Like: saved here at once, then on the server.
        click(row, FeedDelegate::Hit::Like);
        QVERIFY(kj::store::LikeRepository(session().store()).pending(kj::ItemKind::Post, id).value_or(false));
        QTRY_VERIFY(m_model->index(row).data(Role::LikedByMeRole).toBool());
        QCOMPARE(m_model->index(row).data(Role::LikeCountRole).toInt(), 1);

        // Comments: the card grows and shows a reply box.
        const int collapsed = list()->visualRect(m_model->index(row)).height();
        click(row, FeedDelegate::Hit::Comment);
        row = rowWithText(QStringLiteral("周末去爬香山吗？"));
        QVERIFY(m_model->index(row).data(Role::CommentsExpandedRole).toBool());
        QTRY_VERIFY(list()->visualRect(m_model->index(row)).height() > collapsed);
        auto *reply = qobject_cast<QLineEdit *>(list()->indexWidget(m_model->index(row)));
        QVERIFY(reply);
        QTRY_VERIFY(reply->isVisible());
        reply->insert(QStringLiteral("去！带上相机"));
        QTest::keyClick(reply, Qt::Key_Return);
        QVERIFY(reply->text().isEmpty());
        const QList<kj::store::LocalComment> comments = kj::store::CommentRepository(session().store()).commentsOf(kj::ItemKind::Post, id);
        QCOMPARE(comments.size(), 1);
        QVERIFY(comments.first().pending);
        QTRY_COMPARE(m_model->index(rowWithText(QStringLiteral("周末去爬香山吗？"))).data(Role::CommentsRole).toList().size(), 1);
        QCOMPARE(m_model->index(rowWithText(QStringLiteral("周末去爬香山吗？"))).data(Role::CommentCountRole).toInt(), 1);

        // Repost: a dialog asks what to say and to whom.
        row = rowWithText(QStringLiteral("周末去爬香山吗？"));
        click(row, FeedDelegate::Hit::Repost);
        auto *dialog = m_page->findChild<kj::ui::RepostDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->commentEdit()->insert(QStringLiteral("一起去"));
        dialog->accept();
        QTRY_COMPARE(m_model->index(0).data(Role::KindRole).toString(), QStringLiteral("repost"));
        const QModelIndex repost = m_model->index(0);
        QCOMPARE(repost.data(Role::TextRole).toString(), QStringLiteral("一起去"));
        QCOMPARE(repost.data(Role::OriginalTextRole).toString(), QStringLiteral("周末去爬香山吗？"));
        QVERIFY(repost.data(Role::PendingRole).toBool());
        const QString repostId = repost.data(Role::IdRole).toString();

        // All three reach the server with the next sync.
        syncOnce();
        QCOMPARE(session().store().outbox().pendingCount(), 0);
        const TestReply post = client().get(QStringLiteral("/api/v1/posts/") + id, friendToken());
        QCOMPARE(item(post, QStringLiteral("post")).value(QStringLiteral("likeCount")).toInt(), 1);
        QCOMPARE(item(post, QStringLiteral("post")).value(QStringLiteral("commentCount")).toInt(), 1);
        const TestReply onServer = client().get(QStringLiteral("/api/v1/items/post/") + id + QStringLiteral("/comments"), friendToken());
        QCOMPARE(onServer.json.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("去！带上相机"));
        const TestReply reposted = client().get(QStringLiteral("/api/v1/reposts/") + repostId, friendToken());
        QCOMPARE(reposted.status, 200);
        QCOMPARE(item(reposted, QStringLiteral("repost")).value(QStringLiteral("comment")).toString(), QStringLiteral("一起去"));
        // What the card says stays right once nothing is pending any more.
        QTRY_VERIFY(!m_model->index(0).data(Role::PendingRole).toBool());
        row = rowWithText(QStringLiteral("周末去爬香山吗？"));
        QVERIFY(m_model->index(row).data(Role::LikedByMeRole).toBool());
        QCOMPARE(m_model->index(row).data(Role::LikeCountRole).toInt(), 1);
        QCOMPARE(m_model->index(row).data(Role::CommentCountRole).toInt(), 1);

        // Unlike through the card.
        click(row, FeedDelegate::Hit::Like);
        QTRY_VERIFY(!m_model->index(rowWithText(QStringLiteral("周末去爬香山吗？"))).data(Role::LikedByMeRole).toBool());
        syncOnce();
        QCOMPARE(item(client().get(QStringLiteral("/api/v1/posts/") + id, friendToken()), QStringLiteral("post"))
                     .value(QStringLiteral("likeCount")).toInt(),
                 0);
    }

    void aStatusAndARepostForAFriendGroupReachOnlyItsMembers()
    {
        // xiaogang is my friend too, but not in "Classmates" (xiaohong is).
        const QString otherToken = client().signUp(QStringLiteral("xiaogang"));
        QVERIFY(client().befriend(myToken(), QStringLiteral("xiaogang"), otherToken));
        kj::app::FriendGroupService groupService(session().store(), session().api(), &session().sync());
        kj::models::FriendGroupModel groups(session().store());
        QAbstractItemModelTester groupsTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const kj::Result<kj::FriendGroup> classmates = groupService.create(QStringLiteral("Classmates"), {QStringLiteral("xiaohong")});
        QVERIFY(classmates.ok());
        m_page->setGroupModel(&groups);

        // The composer's picker offers the group by name; chosen with the keyboard.
        kj::ui::AudiencePicker *picker = m_page->composer()->audiencePicker();
        QAbstractItemModelTester pickerTester(picker->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(picker->findText(QStringLiteral("Classmates")) >= 0);
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Down); // from Friends, over the separator
        QCOMPARE(picker->currentText(), QStringLiteral("Classmates"));
        QCOMPARE(picker->audience(), (kj::Audience{kj::Visibility::Groups, {classmates->id}}));

        m_page->composer()->textEdit()->insertPlainText(QStringLiteral("同学聚会改到周六"));
        QSignalSpy posted(m_page->composer(), &kj::ui::StatusComposer::posted);
        QVERIFY(m_page->composer()->post());
        QCOMPARE(posted.count(), 1);
        const QString postId = posted.constFirst().constFirst().toString();
        // Saved here with its audience, as the sync will send it.
        const std::optional<kj::store::CachedItem> stored = kj::store::ItemRepository(session().store()).find(QStringLiteral("post"), postId);
        QVERIFY(stored);
        QCOMPARE(stored->json.value(QStringLiteral("visibility")).toString(), QStringLiteral("groups"));
        QCOMPARE(stored->json.value(QStringLiteral("groups")).toArray(), QJsonArray({classmates->id}));

        // A friend's 说说, reposted to the group through the repost dialog's picker.
        QVERIFY(!friendPosts(QStringLiteral("明天交作业")).isEmpty());
        syncOnce();
        const int row = rowWithText(QStringLiteral("明天交作业"));
        QVERIFY(row >= 0);
        click(row, FeedDelegate::Hit::Repost);
        auto *dialog = m_page->findChild<kj::ui::RepostDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const int groupRow = dialog->audiencePicker()->findText(QStringLiteral("Classmates"));
        QVERIFY(groupRow >= 0);
        dialog->audiencePicker()->setCurrentIndex(groupRow); // as a click in its list does
        dialog->commentEdit()->insert(QStringLiteral("别忘了"));
        dialog->accept();
        QTRY_COMPARE(m_model->index(0).data(Role::KindRole).toString(), QStringLiteral("repost"));
        const QString repostId = m_model->index(0).data(Role::IdRole).toString();

        syncOnce();
        QCOMPARE(session().store().outbox().pendingCount(), 0);
        // QString spelled out: with QStringBuilder, `literal + id` deduced into a pair would keep a builder that
        // refers to temporaries gone by the time the loop reads it.
        using PathAndKey = std::pair<QString, QString>;
        for (const auto &[path, key] : {PathAndKey{QStringLiteral("/api/v1/posts/") + postId, QStringLiteral("post")},
                                        PathAndKey{QStringLiteral("/api/v1/reposts/") + repostId, QStringLiteral("repost")}}) {
            const TestReply mine = client().get(path, myToken());
            QCOMPARE(mine.status, 200);
            QCOMPARE(item(mine, key).value(QStringLiteral("visibility")).toString(), QStringLiteral("groups"));
            QCOMPARE(item(mine, key).value(QStringLiteral("groups")).toArray(), QJsonArray({classmates->id}));
            // xiaohong is in the group: she sees it; xiaogang, a friend outside it, does not.
            QCOMPARE(client().get(path, friendToken()).status, 200);
            QCOMPARE(client().get(path, otherToken).status, 404);
        }
    }

    void showItemFindsTheEntryAndOpensItsComments()
    {
        const QString wanted = friendPosts(QStringLiteral("找到我了吗？"));
        const QString later = friendPosts(QStringLiteral("后来的一条"));
        syncOnce();
        QTRY_VERIFY(rowWithText(QStringLiteral("找到我了吗？")) >= 0);
        QVERIFY(!later.isEmpty());

        QVERIFY(m_page->showItem(QStringLiteral("post"), wanted));
        const int row = rowWithText(QStringLiteral("找到我了吗？"));
        QCOMPARE(list()->currentIndex().row(), row);
        QVERIFY(m_model->index(row).data(Role::CommentsExpandedRole).toBool());

        // Something the feed kept here does not have: nothing selected changes, and the caller hears so.
        QVERIFY(!m_page->showItem(QStringLiteral("post"), kj::newItemId()));
        QCOMPARE(list()->currentIndex().row(), row);
    }

    void aPictureOpensTheCardsPhotosInTheViewer()
    {
        MediaClient media(m_world->url());
        const QString album = media.newAlbum(friendToken(), QStringLiteral("friends"), QStringLiteral("说说相册"));
        QVERIFY(!album.isEmpty());
        QStringList photoIds;
        for (const QString &caption : {QStringLiteral("雷峰塔"), QStringLiteral("苏堤")}) {
            const QString mediaId = media.uploadWhole(friendToken(), MediaClient::encoded(MediaClient::testImage(320, 240), "jpeg"));
            QVERIFY(!mediaId.isEmpty());
            const TestReply photo = media.newPhoto(friendToken(), mediaId, album, QStringLiteral("friends"), caption);
            QCOMPARE(photo.status, 201);
            photoIds.append(item(photo, QStringLiteral("photo")).value(QStringLiteral("id")).toString());
        }
        friendPosts(QStringLiteral("西湖一日"), photoIds);
        syncOnce();
        QTRY_VERIFY(rowWithText(QStringLiteral("西湖一日")) >= 0);
        const int row = rowWithText(QStringLiteral("西湖一日"));
        QCOMPARE(m_model->index(row).data(Role::PicturesRole).toList().size(), 2);

        // A click on the second picture: the albums' viewer on that photo, over the feed.
        list()->doItemsLayout();
        list()->scrollTo(m_model->index(row));
        const QRect second = m_page->delegate()->hitRect(m_model->index(row), FeedDelegate::Hit::Picture, 1);
        QVERIFY(!second.isEmpty());
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, second.center());
        QVERIFY(m_page->isShowingPhotos());
        kj::ui::PhotoViewer *viewer = m_page->photoViewer();
        QVERIFY(viewer && viewer->isVisible());
        QCOMPARE(viewer->currentPhotoId(), photoIds.at(1));
        QTRY_VERIFY(viewer->isPictureShown());

        // Previous and next go over this card's photos only.
        QTest::keyClick(viewer->zoomView(), Qt::Key_Right);
        QCOMPARE(viewer->currentPhotoId(), photoIds.at(1));
        QTest::keyClick(viewer->zoomView(), Qt::Key_Left);
        QCOMPARE(viewer->currentPhotoId(), photoIds.at(0));
        QCOMPARE(viewer->currentRow(), 0);

        // Esc: back to the feed.
        QTest::keyClick(viewer->zoomView(), Qt::Key_Escape);
        QVERIFY(!m_page->isShowingPhotos());
        QVERIFY(list()->isVisible());
    }

    void thumbnailsArriveOffTheGuiThread()
    {
        MediaClient media(m_world->url());
        const QString mediaId = media.uploadWhole(friendToken(), MediaClient::encoded(MediaClient::testImage(800, 600), "jpeg"));
        QVERIFY(!mediaId.isEmpty());
        const QString album = media.newAlbum(friendToken(), QStringLiteral("friends"), QStringLiteral("杭州"));
        QVERIFY(!album.isEmpty());
        QCOMPARE(media.newPhoto(friendToken(), mediaId, album, QStringLiteral("friends"), QStringLiteral("断桥残雪")).status, 201);
        syncOnce();

        QTRY_VERIFY(rowWithText(QStringLiteral("断桥残雪")) >= 0);
        const QModelIndex row = m_model->index(rowWithText(QStringLiteral("断桥残雪")));
        QCOMPARE(row.data(Role::KindRole).toString(), QStringLiteral("photo"));
        const auto picture = row.data(Role::PicturesRole).toList().first().value<FeedPicture>();
        QCOMPARE(picture.mediaId, mediaId);

        // Painting asks for the thumbnail; it comes later, decoded in the thread pool, and the row is painted again.
        list()->scrollTo(row);
        const QRect cell = m_page->delegate()->hitRect(row, FeedDelegate::Hit::Picture, 0);
        QVERIFY(!cell.isEmpty());
        const QSize pixels = cell.size() * list()->devicePixelRatio();
        QTRY_VERIFY(!m_page->pictures()->picture(picture, pixels).isNull());
        QCOMPARE(m_page->pictures()->picture(picture, pixels).size(), pixels);
        QTRY_COMPARE(m_page->pictures()->loadingCount(), 0);
        // Painted into the card: the test image's gradient, not the flat placeholder.
        const QImage grabbed = list()->viewport()->grab(cell).toImage();
        QSet<QRgb> colours;
        for (int x = 0; x < grabbed.width(); ++x)
            colours.insert(grabbed.pixel(x, grabbed.height() / 2));
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestFeedPage)
#include "tst_feedpage.moc"
