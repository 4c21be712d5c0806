// The audience matrix: owner, friend, stranger and anonymous against public, friends-only and private
// diaries, on every read path (get, list, feed, changes), all decided by kj::canSee. Also checks that
// the SQL form of the rule (store/audiencesql) admits exactly what canSee admits.
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/domain/visibility.h"
#include "server-stub/store/database.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/friendrepository.h"
#include "server-stub/store/userrepository.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <array>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kj::Relation)
Q_DECLARE_METATYPE(kj::Visibility)

class TestAudience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void sqlConditionAgreesWithCanSee_data();
    void sqlConditionAgreesWithCanSee();

private:
    static constexpr std::array kRelations = {kj::Relation::Owner, kj::Relation::Friend, kj::Relation::Stranger,
                                              kj::Relation::Anonymous};
    static constexpr std::array kVisibilities = {kj::Visibility::Public, kj::Visibility::Friends, kj::Visibility::Private};
    static QString relationName(kj::Relation relation)
    {
        switch (relation) {
        case kj::Relation::Owner: return u"owner"_s;
        case kj::Relation::Friend: return u"friend"_s;
        case kj::Relation::GroupMember: return u"group member"_s;
        case kj::Relation::Stranger: return u"stranger"_s;
        case kj::Relation::Anonymous: return u"anonymous"_s;
        }
        return {};
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QHash<kj::Relation, QString> m_tokens;     // anonymous: empty
    QHash<kj::Visibility, QString> m_diaries;  // the owner's diary of each visibility
};

void TestAudience::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_tokens.insert(kj::Relation::Owner, m_client->signUp(u"owner"_s));
    m_tokens.insert(kj::Relation::Friend, m_client->signUp(u"friend"_s));
    m_tokens.insert(kj::Relation::Stranger, m_client->signUp(u"stranger"_s));
    m_tokens.insert(kj::Relation::Anonymous, QString());
    QVERIFY(m_client->befriend(m_tokens.value(kj::Relation::Owner), u"friend"_s, m_tokens.value(kj::Relation::Friend)));
    for (kj::Visibility visibility : kVisibilities) {
        const QString id = kj::newItemId();
        const TestReply reply = m_client->put(u"/api/v1/diaries/"_s + id,
                                              JsonClient::diaryWrite(u"t"_s, u"b"_s, kj::visibilityName(visibility)),
                                              m_tokens.value(kj::Relation::Owner));
        QCOMPARE(reply.status, 201);
        m_diaries.insert(visibility, id);
    }
}

void TestAudience::matrix_data()
{
    QTest::addColumn<kj::Relation>("viewer");
    QTest::addColumn<kj::Visibility>("visibility");
    QTest::addColumn<QString>("path");
    for (kj::Relation viewer : kRelations) {
        for (kj::Visibility visibility : kVisibilities) {
            for (const QString &path : {u"get"_s, u"list"_s, u"feed"_s, u"changes"_s}) {
                QTest::addRow("%s %s %s", qPrintable(relationName(viewer)), qPrintable(kj::visibilityName(visibility)),
                              qPrintable(path))
                    << viewer << visibility << path;
            }
        }
    }
}

void TestAudience::matrix()
{
    QFETCH(kj::Relation, viewer);
    QFETCH(kj::Visibility, visibility);
    QFETCH(QString, path);
    const QString token = m_tokens.value(viewer);
    const QString id = m_diaries.value(visibility);
    const bool mayRead = kj::canSee(viewer, visibility);
    // The feed and /changes are about the caller's own circle: signed in, and only the owner and friends.
    const bool inCircle = viewer == kj::Relation::Owner || viewer == kj::Relation::Friend;

    if (path == u"get"_s) {
        const TestReply reply = m_client->get(u"/api/v1/diaries/"_s + id, token);
        QCOMPARE(reply.status, mayRead ? 200 : 404);
        if (!mayRead)
            QCOMPARE(reply.errorCode(), u"not_found"_s);
        return;
    }
    TestReply reply;
    if (path == u"list"_s)
        reply = m_client->get(u"/api/v1/users/owner/diaries?limit=100"_s, token);
    else if (path == u"feed"_s)
        reply = m_client->get(u"/api/v1/feed?limit=100"_s, token);
    else
        reply = m_client->get(u"/api/v1/changes?limit=500"_s, token);

    if (path != u"list"_s && viewer == kj::Relation::Anonymous) {
        QCOMPARE(reply.status, 401);
        return;
    }
    QCOMPARE(reply.status, 200);
    const bool expected = path == u"list"_s ? mayRead : mayRead && inCircle;
    const QString listKey = path == u"changes"_s ? u"changes"_s : u"items"_s;
    bool listed = false;
    for (const QJsonValue &value : reply.json.value(listKey).toArray())
        listed = listed || value.toObject().value(u"id"_s).toString() == id;
    QCOMPARE(listed, expected);
    // Not even the id of what the viewer may not see appears anywhere in the answer.
    if (!mayRead)
        QVERIFY(!reply.body.contains(id.toLatin1()));
}

void TestAudience::sqlConditionAgreesWithCanSee_data()
{
    QTest::addColumn<kj::Relation>("viewer");
    for (kj::Relation viewer : kRelations)
        QTest::newRow(qPrintable(relationName(viewer))) << viewer;
}

void TestAudience::sqlConditionAgreesWithCanSee()
{
    QFETCH(kj::Relation, viewer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    namespace store = kj::server::store;
    store::Database database(store::StoreLocation::sqlite(dir.filePath(u"audience.sqlite"_s)));
    QVERIFY(database.open().ok());
    const QSqlDatabase db = database.connection();
    const QDateTime now = kj::nowUtc();
    store::UserRepository users(db);
    QHash<kj::Relation, qint64> ids;
    for (kj::Relation relation : {kj::Relation::Owner, kj::Relation::Friend, kj::Relation::Stranger}) {
        kj::Result<store::UserRecord> user = users.create(relationName(relation), relationName(relation), u"x"_s, now);
        QVERIFY(user);
        ids.insert(relation, user->id);
    }
    QVERIFY(store::FriendRepository(db).befriend(ids.value(kj::Relation::Owner), ids.value(kj::Relation::Friend), now).ok());
    store::DiaryRepository diaries(db);
    QHash<QString, kj::Visibility> written;
    int n = 0;
    for (kj::Visibility visibility : kVisibilities) {
        store::DiaryRecord record;
        record.ownerId = ids.value(kj::Relation::Owner);
        record.diary = kj::Diary{kj::newItemId(), {}, u"t"_s, u"b"_s, visibility, 1, now.addSecs(n), now.addSecs(n)};
        ++n;
        QVERIFY(diaries.insert(record).ok());
        written.insert(record.diary.id, visibility);
    }
    // The relation lookup agrees with the matrix's names.
    const std::optional<qint64> viewerId = viewer == kj::Relation::Anonymous ? std::nullopt : std::optional(ids.value(viewer));
    kj::Result<kj::Relation> relation = store::FriendRepository(db).relation(viewerId, ids.value(kj::Relation::Owner));
    QVERIFY(relation);
    QCOMPARE(*relation, viewer);

    kj::Result<store::DiaryPage> listed = diaries.listByOwner(ids.value(kj::Relation::Owner), viewerId, std::nullopt, 100);
    QVERIFY(listed);
    QSet<QString> listedIds;
    for (const kj::Diary &diary : listed->items)
        listedIds.insert(diary.id);
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        QCOMPARE(listedIds.contains(it.key()), kj::canSee(viewer, it.value()));

    if (viewerId) {
        kj::Result<store::DiaryPage> feed = diaries.feed(*viewerId, std::nullopt, 100);
        QVERIFY(feed);
        QSet<QString> feedIds;
        for (const kj::Diary &diary : feed->items)
            feedIds.insert(diary.id);
        const bool inCircle = viewer == kj::Relation::Owner || viewer == kj::Relation::Friend;
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            QCOMPARE(feedIds.contains(it.key()), inCircle && kj::canSee(viewer, it.value()));
    }
}

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
