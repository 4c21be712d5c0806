#include "app/account/profile.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::Account;
using kj::app::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyProfile()
    {
        QTemporaryDir dir;
        Profile profile(dir.filePath(u"p"_s));
        QVERIFY(!profile.account().has_value());
        QCOMPARE(profile.server(), Profile::kDefaultServer);
    }

    void savesTheAccountPrivately()
    {
        QTemporaryDir dir;
        Profile profile(dir.filePath(u"p"_s));
        const Account account{QUrl(u"http://127.0.0.1:9999"_s), kj::User{u"alice"_s, u"Alice 爱丽丝"_s, {}}, u"secret-token"_s,
                              kj::nowUtc().addDays(30)};
        QVERIFY(profile.saveAccount(account).ok());
        const QFileInfo file(dir.filePath(u"p/account.json"_s));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                       | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        Profile again(dir.filePath(u"p"_s));
        const std::optional<Account> loaded = again.account();
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->signedIn());
        QCOMPARE(loaded->token, u"secret-token"_s);
        QCOMPARE(loaded->user.displayName, u"Alice 爱丽丝"_s);
        QCOMPARE(loaded->server, QUrl(u"http://127.0.0.1:9999"_s));
        QCOMPARE(again.server(), QUrl(u"http://127.0.0.1:9999"_s));
    }

    void anExpiredTokenIsSignedOut()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        QVERIFY(profile.saveAccount({QUrl(u"http://127.0.0.1:1"_s), kj::User{u"alice"_s, u"A"_s, {}}, u"t"_s,
                                     kj::nowUtc().addSecs(-1)}).ok());
        QVERIFY(profile.account().has_value());
        QVERIFY(!profile.account()->signedIn());
    }

    void signingOutKeepsTheStore()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        const QUrl server(u"http://127.0.0.1:8080"_s);
        QVERIFY(profile.saveAccount({server, kj::User{u"alice"_s, u"A"_s, {}}, u"t"_s, {}}).ok());
        const auto path = profile.storePath(server, u"alice"_s);
        QVERIFY(path.ok());
        QCOMPARE(*path, dir.filePath(u"accounts/127.0.0.1_8080/alice/kongjian.sqlite"_s));
        QString id;
        {
            auto store = kj::store::ClientStore::open(*path, kj::User{u"alice"_s, u"A"_s, {}});
            QVERIFY(store.ok());
            auto saved = (*store)->diaries().saveMyDiary({}, u"t"_s, u"unsynced"_s, kj::Visibility::Private);
            QVERIFY(saved.ok());
            id = saved->diary.id;
        }
        QVERIFY(profile.forgetToken().ok());
        QVERIFY(!profile.account()->signedIn());
        QCOMPARE(profile.account()->user.username, u"alice"_s);
        QFile file(dir.filePath(u"account.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("token"));
        auto store = kj::store::ClientStore::open(*path, kj::User{u"alice"_s, u"A"_s, {}});
        QVERIFY(store.ok());
        QVERIFY((*store)->diaries().find(id)->pending);

        // Another server: another store, the first one untouched.
        const auto other = profile.storePath(QUrl(u"https://space.example.org"_s), u"alice"_s);
        QCOMPARE(*other, dir.filePath(u"accounts/space.example.org_443/alice/kongjian.sqlite"_s));
        QVERIFY(QFile::exists(*path));
    }

    void storePathRefusesABadUsername()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        QVERIFY(!profile.storePath(Profile::kDefaultServer, u"../../etc"_s).ok());
    }

    void parsesServerUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("loopback") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("trailing slash") << u"https://space.example.org/"_s << u"https://space.example.org"_s;
        QTest::newRow("spaces") << u"  http://localhost:8080 "_s << u"http://localhost:8080"_s;
        QTest::newRow("no scheme") << u"127.0.0.1:8080"_s << QString();
        QTest::newRow("ftp") << u"ftp://example.org"_s << QString();
        QTest::newRow("a path") << u"http://example.org/api"_s << QString();
        QTest::newRow("user info") << u"http://me:pw@example.org"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void parsesServerUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto url = Profile::parseServerUrl(text);
        QCOMPARE(url.ok(), !expected.isEmpty());
        if (url)
            QCOMPARE(url->toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
