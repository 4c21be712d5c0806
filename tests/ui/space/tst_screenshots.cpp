#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/mainwindow.h"
#include "ui/skin.h"
#include "ui/translations.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QListWidget>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using kj::ui::MainWindow;
using kj::ui::Skin;

namespace {

//! What a screenshot is made of: how many colours, and how light it is on average (0..255).
struct ImageFacts {
    int colours = 0;
    double meanLightness = 0;
};

ImageFacts factsOf(const QImage &image)
{
    QSet<QRgb> colours;
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            sum += qGray(pixel);
            ++count;
        }
    }
    return {int(colours.size()), count ? sum / count : 0};
}

} // namespace

// Renders every page of the main window (whatever pages the navigation lists) in the classic and the dark
// skin, at 1280x800, with the demo data of the real server in this process plus 说说, photos, a guestbook
// message and a visit, and writes <page>-<skin>.png to $KJ_SCREENSHOT_DIR (default <build>/screenshots).
// `./dev screenshots` runs it and copies the pictures into docs/screenshots/.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_world;
    QString m_folder;

    static QString password() { return QStringLiteral("kongjian-demo"); }

    void putPost(JsonClient &client, const QString &token, const QString &text, const QStringList &photoIds = {})
    {
        const TestReply reply = client.put(QStringLiteral("/api/v1/posts/") + kj::newItemId(),
                                           {{QStringLiteral("text"), text},
                                            {QStringLiteral("photoIds"), QJsonArray::fromStringList(photoIds)},
                                            {QStringLiteral("visibility"), QStringLiteral("friends")}},
                                           token);
        QCOMPARE(reply.status, 201);
    }

    //! A photo of a soft landscape-like gradient, so thumbnails look like pictures.
    static QImage scenery(int seed)
    {
        QImage image(640, 420, QImage::Format_RGB32);
        const QColor sky = QColor::fromHsv((190 + seed * 40) % 360, 90, 235);
        const QColor land = QColor::fromHsv((100 + seed * 55) % 360, 120, 150);
        for (int y = 0; y < image.height(); ++y) {
            const double t = double(y) / image.height();
            for (int x = 0; x < image.width(); ++x) {
                const double hill = 0.55 + 0.08 * std::sin((x + seed * 90) / 70.0);
                const QColor c = t < hill ? sky.lighter(100 + int(30 * (1 - t))) : land.darker(100 + int(40 * (t - hill)));
                image.setPixel(x, y, c.rgb());
            }
        }
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        m_folder = qEnvironmentVariable("KJ_SCREENSHOT_DIR");
        if (m_folder.isEmpty())
            m_folder = QDir(qEnvironmentVariable("KJ_BUILD_DIR", QDir::currentPath())).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(m_folder));

        m_world = std::make_unique<SessionFixture>(true);
        QVERIFY(m_world->startServer());
        JsonClient &client = m_world->client();
        MediaClient media(m_world->url());
        const QString demo = m_world->signIn(QStringLiteral("demo"), password());
        const QString hong = m_world->signIn(QStringLiteral("xiaohong"), password());
        QVERIFY(!demo.isEmpty() && !hong.isEmpty());

        // An album of three photos; the first is the space's avatar.
        const QString album = media.newAlbum(demo, QStringLiteral("friends"), QStringLiteral("西湖 West Lake"));
        QVERIFY(!album.isEmpty());
        QStringList photoIds;
        QString avatar;
        for (int i = 0; i < 3; ++i) {
            const QString mediaId = media.uploadWhole(demo, MediaClient::encoded(scenery(i), "jpeg"));
            QVERIFY(!mediaId.isEmpty());
            if (avatar.isEmpty())
                avatar = mediaId;
            const TestReply photo = media.newPhoto(demo, mediaId, album, QStringLiteral("friends"), QStringLiteral("苏堤春晓"));
            QVERIFY(photo.status == 200 || photo.status == 201);
            photoIds.append(photo.json.value(QStringLiteral("photo")).toObject().value(QStringLiteral("id")).toString());
        }
        putPost(client, demo, QStringLiteral("周末去西湖走了走，苏堤的柳树都绿了。Spring is here!"), photoIds.mid(0, 2));
        putPost(client, demo, QStringLiteral("新的一周，加油 💪"));
        putPost(client, hong, QStringLiteral("今天做了红烧肉，第一次就成功了！"));
        const TestReply space = client.get(QStringLiteral("/api/v1/me/space"), demo);
        QJsonObject settings = space.json.value(QStringLiteral("space")).toObject();
        settings.insert(QStringLiteral("avatarMediaId"), avatar);
        QCOMPARE(client.put(QStringLiteral("/api/v1/me/space"), settings, demo).status, 200);
        const TestReply signedBook = client.post(QStringLiteral("/api/v1/users/demo/guestbook"),
                                                 {{QStringLiteral("id"), kj::newItemId()},
                                                  {QStringLiteral("text"), QStringLiteral("小明，好久不见！周末一起去爬山吗？")}},
                                                 hong);
        QCOMPARE(signedBook.status, 201);
        QCOMPARE(client.post(QStringLiteral("/api/v1/users/demo/visits"), {}, hong).status, 204);

        QVERIFY(m_world->openSession(QStringLiteral("demo"), QStringLiteral("小明 Xiaoming")));
        const kj::Status synced = m_world->syncOnce(QStringLiteral("demo"), 60000);
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
    }

    void cleanupTestCase()
    {
        m_world.reset();
        kj::ui::applySkin(*qApp);
    }

    void everyPageInTheLightAndTheDarkSkin()
    {
        MainWindow window(m_world->session(QStringLiteral("demo")), m_world->settings(QStringLiteral("demo")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation && navigation->count() > 0);
        const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();

        QHash<QString, double> lightness[2];
        const QStringList skins = {QStringLiteral("classic"), QStringLiteral("night")};
        for (int s = 0; s < skins.size(); ++s) {
            kj::ui::applySkin(*qApp, Skin::builtIn(skins.at(s)));
            for (int row = 0; row < navigation->count(); ++row) {
                navigation->setCurrentRow(row);
                const auto page = MainWindow::Page(navigation->item(row)->data(Qt::UserRole).toInt());
                const QString name = QString::fromLatin1(pages.valueToKey(int(page))).toLower();
                QCOMPARE(window.currentPage(), page);
                // Answers from the server and pictures decoded off the GUI thread land meanwhile.
                QTest::qWait(700);
                const QImage shot = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
                QCOMPARE(shot.size(), QSize(1280, 800) * window.devicePixelRatioF());
                const QString file = QDir(m_folder).filePath(QStringLiteral("%1-%2.png").arg(name, skins.at(s)));
                QVERIFY2(shot.save(file), qPrintable(file));
                const ImageFacts facts = factsOf(shot);
                QVERIFY2(facts.colours >= 24, qPrintable(QStringLiteral("%1 is nearly blank (%2 colours)").arg(file).arg(facts.colours)));
                lightness[s].insert(name, facts.meanLightness);
            }
        }
        for (auto it = lightness[0].cbegin(); it != lightness[0].cend(); ++it) {
            QVERIFY2(lightness[1].value(it.key()) + 40 < it.value(),
                     qPrintable(QStringLiteral("%1: dark %2, light %3").arg(it.key()).arg(lightness[1].value(it.key())).arg(it.value())));
        }
        qInfo("%lld pages in 2 skins written to %s", qint64(lightness[0].size()), qPrintable(m_folder));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
