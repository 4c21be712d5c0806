#include "app/clientsession.h"
#include "app/services/diaryphotoservice.h"
#include "app/services/friendgroupservice.h"
#include "app/sync/syncengine.h"
#include "models/everyday/friendgroupmodel.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "tests/support/jsonclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/audiencepicker.h"
#include "ui/bodyedit.h"
#include "ui/diaryeditor.h"
#include "ui/everyday/inlineimages.h"
#include "ui/everyday/linkdialog.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using kj::ui::DiaryEditor;

// The diary editor's links, headings, lists, word count, inline photos and group audience, against the real
// server in this process.
class TestEverydayEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_fx;
    std::unique_ptr<kj::app::FriendGroupService> m_groupService;
    std::unique_ptr<kj::models::FriendGroupModel> m_groups;
    std::unique_ptr<QAbstractItemModelTester> m_groupsTester;
    std::unique_ptr<kj::app::DiaryPhotoService> m_photos;
    std::unique_ptr<kj::ui::InlineImages> m_images;
    std::unique_ptr<DiaryEditor> m_editor;
    QTemporaryDir m_files;

    kj::ui::BodyEdit *body() const { return m_editor->findChild<kj::ui::BodyEdit *>(QStringLiteral("bodyEdit")); }
    QAction *formatAction(const QString &text) const
    {
        for (QAction *action : m_editor->findChild<QToolBar *>(QStringLiteral("formatBar"))->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }
    QString picture(const QString &name, const QColor &color, QSize size = QSize(800, 600))
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(color);
        const QString path = m_files.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_fx = std::make_unique<SessionFixture>();
        QVERIFY(m_fx->start(QStringLiteral("Xiao Ming")));
        kj::app::ClientSession &session = m_fx->session();
        m_groupService = std::make_unique<kj::app::FriendGroupService>(session.store(), session.api(), &session.sync());
        m_groups = std::make_unique<kj::models::FriendGroupModel>(session.store());
        m_groupsTester = std::make_unique<QAbstractItemModelTester>(m_groups.get(),
                                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_photos = std::make_unique<kj::app::DiaryPhotoService>(session);
        m_images = std::make_unique<kj::ui::InlineImages>(*m_photos);
        m_editor = std::make_unique<DiaryEditor>(session.diaries());
        m_editor->setAutosaveDelay(60 * 60 * 1000);
        m_editor->setGroupModel(m_groups.get());
        m_editor->setInlineImages(m_images.get());
        m_editor->resize(800, 600);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        m_editor->startNew();
    }

    void cleanup()
    {
        m_editor.reset();
        m_images.reset();
        m_photos.reset();
        m_groupsTester.reset();
        m_groups.reset();
        m_groupService.reset();
        m_fx.reset();
    }

    void wordCountFollowsTyping()
    {
        auto *label = m_editor->findChild<QLabel *>(QStringLiteral("wordCount"));
        QVERIFY(label);
        QCOMPARE(m_editor->wordCount(), 0);
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("We climbed "));
        QCOMPARE(m_editor->wordCount(), 2);
        QVERIFY(label->text().startsWith(QStringLiteral("2 ")));
        body()->insertPlainText(QStringLiteral("香山。"));
        QCOMPARE(m_editor->wordCount(), 4);
        QVERIFY(label->text().startsWith(QStringLiteral("4 ")));
    }

    void headingLevelsAndNumberedLists()
    {
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("Big"));
        QTest::keyClick(body(), Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(formatAction(QStringLiteral("Heading"))->isChecked());
        QTest::keyClick(body(), Qt::Key_Return);
        QTest::keyClicks(body(), QStringLiteral("Small"));
        QTest::keyClick(body(), Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
        QTest::keyClick(body(), Qt::Key_Return);
        QVERIFY(!formatAction(QStringLiteral("Heading"))->isChecked());
        QTest::keyClicks(body(), QStringLiteral("first"));
        formatAction(QStringLiteral("Numbered list"))->trigger();
        QVERIFY(formatAction(QStringLiteral("Numbered list"))->isChecked());
        QVERIFY(!formatAction(QStringLiteral("Bulleted list"))->isChecked());
        QTest::keyClick(body(), Qt::Key_Return);
        QTest::keyClicks(body(), QStringLiteral("second"));
        QCOMPARE(m_editor->markdown(), QStringLiteral("# Big\n\n### Small\n\n1.  first\n2.  second"));

        // Bullets instead: the whole list changes.
        formatAction(QStringLiteral("Bulleted list"))->trigger();
        QVERIFY(formatAction(QStringLiteral("Bulleted list"))->isChecked());
        QVERIFY(!formatAction(QStringLiteral("Numbered list"))->isChecked());
        QCOMPARE(m_editor->markdown(), QStringLiteral("# Big\n\n### Small\n\n- first\n- second"));
    }

    void linkBecomesMarkdown()
    {
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("See "));
        QVERIFY(m_editor->insertLink(QStringLiteral("the lake"), QUrl(QStringLiteral("https://example.com/lake"))));
        QTest::keyClicks(body(), QStringLiteral(" today"));
        QCOMPARE(m_editor->markdown(), QStringLiteral("See [the lake](https://example.com/lake) today"));
        // Only web and mail addresses.
        QVERIFY(!m_editor->insertLink(QStringLiteral("x"), QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!m_editor->insertLink(QStringLiteral("x"), QUrl(QStringLiteral("javascript:alert(1)"))));
    }

    void ctrlKAsksForTheLink()
    {
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("Hi "));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<kj::ui::LinkDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            dialog->textField()->setText(QStringLiteral("Kongjian"));
            dialog->urlField()->setText(QStringLiteral("not a url"));
            QVERIFY(!ok->isEnabled());
            // No scheme: https is meant.
            dialog->urlField()->setText(QStringLiteral("kongjian.example.org/about"));
            QVERIFY(ok->isEnabled());
            answered = true;
            ok->click();
        });
        QTest::keyClick(body(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(answered);
        QCOMPARE(m_editor->markdown(), QStringLiteral("Hi [Kongjian](https://kongjian.example.org/about)"));
    }

    void inlinePhotoUploadsAndTheDiaryNamesItsMedia()
    {
        const QString path = picture(QStringLiteral("lake.png"), Qt::darkCyan);
        QVERIFY(!path.isEmpty());
        m_editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Lake"));
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("Look:"));
        QVERIFY(m_editor->insertPhoto(path));
        QTest::keyClicks(body(), QStringLiteral("Blue."));
        const QRegularExpression placeholder(QStringLiteral("!\\[image\\]\\((kongjian-upload:[0-9a-f-]{36})\\)"));
        const QRegularExpressionMatch match = placeholder.match(m_editor->markdown());
        QVERIFY2(match.hasMatch(), qPrintable(m_editor->markdown()));
        QCOMPARE(m_editor->markdown(), QStringLiteral("Look:\n\n![image](%1)\n\nBlue.").arg(match.captured(1)));

        // Not uploaded yet: the editor shows the local file, decoded off the GUI thread and scaled down.
        const QUrl url(match.captured(1));
        QCOMPARE(m_photos->localFile(url), path);
        QTRY_VERIFY(!body()->document()->resource(QTextDocument::ImageResource, url).isNull());
        const QImage shown = body()->document()->resource(QTextDocument::ImageResource, url).value<QImage>();
        QCOMPARE(shown.width(), kj::ui::InlineImages::kMaxWidth);
        QCOMPARE(shown.pixelColor(10, 10), QColor(Qt::darkCyan));

        QVERIFY(m_editor->save());
        QVERIFY(m_fx->syncOnce().ok());
        // The upload went first and the diary was sent naming the media.
        const QString id = m_editor->diaryId();
        const TestReply diary = m_fx->client().get(QStringLiteral("/api/v1/diaries/") + id, m_fx->token());
        QCOMPARE(diary.status, 200);
        const QString serverBody = diary.json.value(QStringLiteral("diary")).toObject().value(QStringLiteral("body")).toString();
        const QRegularExpressionMatch media =
            QRegularExpression(QStringLiteral("!\\[image\\]\\(kongjian-media:([0-9a-f-]{36})\\)")).match(serverBody);
        QVERIFY2(media.hasMatch(), qPrintable(serverBody));
        QVERIFY(!serverBody.contains(QStringLiteral("kongjian-upload:")));
        // My friend, who may read the diary, may see the picture.
        const TestReply bytes = m_fx->client().get(QStringLiteral("/api/v1/media/%1?size=thumb").arg(media.captured(1)), m_fx->token(SessionFixture::kFriend));
        QCOMPARE(bytes.status, 200);
        // The local copy says so too, and the editor follows it (as DiariesPage tells it of stored versions).
        const kj::Diary stored = m_fx->session().store().diaries().find(id)->diary;
        QCOMPARE(stored.body, serverBody);
        m_editor->noteStoredVersion(stored);
        QVERIFY(m_editor->markdown().contains(QStringLiteral("kongjian-media:") + media.captured(1)));
        QVERIFY(!m_editor->isModified());
    }

    void viewerShowsServerPictures()
    {
        // A picture named by media (as a friend's diary has it) is fetched through the cache and shown.
        const QString path = picture(QStringLiteral("red.png"), Qt::red, QSize(300, 200));
        body()->setFocus();
        QVERIFY(m_editor->insertPhoto(path));
        QVERIFY(m_editor->save());
        QVERIFY(m_fx->syncOnce().ok());
        const QString stored = m_fx->session().store().diaries().find(m_editor->diaryId())->diary.body;
        const QRegularExpressionMatch media = QRegularExpression(QStringLiteral("kongjian-media:[0-9a-f-]{36}")).match(stored);
        QVERIFY2(media.hasMatch(), qPrintable(stored));

        kj::app::DiaryPhotoService otherPhotos(m_fx->session());
        kj::ui::InlineImages otherImages(otherPhotos);
        kj::ui::BodyEdit view;
        view.setInlineImages(&otherImages);
        view.setMarkdownText(stored);
        view.resize(400, 300);
        view.show();
        const QUrl url(media.captured(0));
        QTRY_VERIFY(!view.document()->resource(QTextDocument::ImageResource, url).isNull());
        const QImage image = view.document()->resource(QTextDocument::ImageResource, url).value<QImage>();
        QCOMPARE(image.size(), QSize(300, 200));
        QVERIFY(!view.document()->isModified());
    }

    void groupsAudienceReachesTheServer()
    {
        const kj::Result<kj::FriendGroup> family = m_groupService->create(QStringLiteral("Family"), {QStringLiteral("xiaohong")});
        QVERIFY(family.ok());
        const kj::Result<kj::FriendGroup> work = m_groupService->create(QStringLiteral("Work"));
        QVERIFY(work.ok());
        QCOMPARE(m_groups->rowCount(), 2);

        m_editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("For the family"));
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("Dinner at six."));
        // The editor's audience picker lists my groups by name; "Family" is chosen from it.
        auto *audience = m_editor->findChild<kj::ui::AudiencePicker *>(QStringLiteral("audienceCombo"));
        QVERIFY(audience);
        QAbstractItemModelTester audienceTester(audience->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int familyRow = audience->findText(QStringLiteral("Family"));
        QVERIFY(familyRow >= 0);
        QVERIFY(audience->findText(QStringLiteral("Work")) >= 0);
        audience->setCurrentIndex(familyRow);
        QVERIFY(m_editor->isModified());
        QCOMPARE(m_editor->audience(), (kj::Audience{kj::Visibility::Groups, {family->id}}));
        QVERIFY(m_editor->save());

        QVERIFY(m_fx->syncOnce().ok());
        const TestReply mine = m_fx->client().get(QStringLiteral("/api/v1/diaries/") + m_editor->diaryId(), m_fx->token());
        QCOMPARE(mine.status, 200);
        const QJsonObject diary = mine.json.value(QStringLiteral("diary")).toObject();
        QCOMPARE(diary.value(QStringLiteral("visibility")).toString(), QStringLiteral("groups"));
        QCOMPARE(diary.value(QStringLiteral("groups")).toArray(), QJsonArray({family->id}));
        // xiaohong is in Family: she reads it.
        QCOMPARE(m_fx->client().get(QStringLiteral("/api/v1/diaries/") + m_editor->diaryId(), m_fx->token(SessionFixture::kFriend)).status, 200);

        // Reopened, the editor shows the same audience.
        m_editor->startNew();
        m_editor->openDiary(m_fx->session().store().diaries().find(diary.value(QStringLiteral("id")).toString())->diary);
        QCOMPARE(m_editor->audience(), (kj::Audience{kj::Visibility::Groups, {family->id}}));
        QCOMPARE(audience->currentText(), QStringLiteral("Family"));
    }
};

QTEST_MAIN(TestEverydayEditor)
#include "tst_everydayeditor.moc"
