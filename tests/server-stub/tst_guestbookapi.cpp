// The guestbook (留言板) through the real server: who may sign, read, reply and delete; idempotent
// retries; private messages; paging; notifications recorded for the owner and the author.
#include "models/domain/ids.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestGuestbookApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signsAGuestbook();
    void retriesAreIdempotent();
    void privateMessagesStayBetweenTwo();
    void listsNewestFirstInPages();
    void deletes();
    void onlyTheOwnerReplies();
    void badRequestsStoreNothing_data();
    void badRequestsStoreNothing();
    void notifiesTheOwnerAndTheAuthor();

private:
    QString user(const QString &name)
    {
        const QString token = m_client->signUp(name);
        if (token.isEmpty())
            qWarning() << "could not sign up" << name;
        return token;
    }
    TestReply sign(const QString &owner, const QString &id, const QString &text, bool isPrivate, const QString &token)
    {
        return m_client->post(u"/api/v1/users/%1/guestbook"_s.arg(owner),
                              {{u"id"_s, id}, {u"text"_s, text}, {u"private"_s, isPrivate}}, token);
    }
    //! The texts of a guestbook as the server lists them (newest first).
    QStringList texts(const QString &owner, const QString &token)
    {
        const TestReply reply = m_client->get(u"/api/v1/users/%1/guestbook"_s.arg(owner), token);
        QStringList result;
        for (const QJsonValue &value : reply.json.value(u"items"_s).toArray())
            result.append(value.toObject().value(u"text"_s).toString());
        return result;
    }
    //! The same, sorted, where only which messages show matters (two may share a millisecond).
    QStringList sortedTexts(const QString &owner, const QString &token)
    {
        QStringList result = texts(owner, token);
        result.sort();
        return result;
    }
    TestReply reply(const QString &id, const QString &text, const QString &token)
    {
        return m_client->post(u"/api/v1/guestbook/%1/reply"_s.arg(id), {{u"text"_s, text}}, token);
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(u"inspect"_s));
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_alice, m_bob, m_carol;
};

void TestGuestbookApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = user(u"alice"_s);
    m_bob = user(u"bob"_s);
    m_carol = user(u"carol"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    QSqlDatabase db = m_server.openInspection(u"inspect"_s);
    QVERIFY(db.isOpen());
}

void TestGuestbookApi::cleanupTestCase()
{
    QSqlDatabase::database(u"inspect"_s).close();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestGuestbookApi::signsAGuestbook()
{
    const QString owner = u"gb_owner"_s;
    const QString token = user(owner);
    const QString id = kj::newItemId();
    const TestReply signed_ = sign(owner, id, u"来踩踩"_s, false, m_carol); // a stranger may sign
    QCOMPARE(signed_.status, 201);
    const QJsonObject entry = signed_.json.value(u"entry"_s).toObject();
    QCOMPARE(entry.value(u"id"_s).toString(), id);
    QCOMPARE(entry.value(u"text"_s).toString(), u"来踩踩"_s);
    QCOMPARE(entry.value(u"private"_s), QJsonValue(false));
    QCOMPARE(entry.value(u"reply"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(entry.value(u"author"_s).toObject().value(u"username"_s).toString(), u"carol"_s);
    QCOMPARE(entry.value(u"spaceOwner"_s).toObject().value(u"username"_s).toString(), owner);
    QVERIFY(entry.contains(u"createdAt"_s));
    // The owner may write in their own guestbook, as in Qzone.
    QCOMPARE(sign(owner, kj::newItemId(), u"欢迎"_s, false, token).status, 201);
    // Anyone reads public messages, signed in or not.
    QCOMPARE(sortedTexts(owner, QString()), (QStringList{u"来踩踩"_s, u"欢迎"_s}));
    const TestReply listed = m_client->get(u"/api/v1/users/%1/guestbook"_s.arg(owner), m_bob);
    QCOMPARE(listed.status, 200);
    const QJsonArray items = listed.json.value(u"items"_s).toArray();
    QVERIFY(items.contains(entry));
    QCOMPARE(listed.json.value(u"nextCursor"_s), QJsonValue(QJsonValue::Null));

    QCOMPARE(sign(owner, kj::newItemId(), u"x"_s, false, QString()).status, 401);
    QCOMPARE(sign(u"nobody_here"_s, kj::newItemId(), u"x"_s, false, m_carol).status, 404);
    QCOMPARE(m_client->get(u"/api/v1/users/nobody_here/guestbook"_s).status, 404);
}

void TestGuestbookApi::retriesAreIdempotent()
{
    const QString id = kj::newItemId();
    QCOMPARE(sign(u"alice"_s, id, u"hello again"_s, true, m_bob).status, 201);
    const TestReply again = sign(u"alice"_s, id, u"hello again"_s, true, m_bob);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"entry"_s).toObject().value(u"id"_s).toString(), id);
    QCOMPARE(count(u"SELECT COUNT(*) FROM guestbook_entries WHERE id = '%1'"_s.arg(id)), 1);
    // The same id with other words, by someone else, or in another guestbook is not a retry.
    QCOMPARE(sign(u"alice"_s, id, u"changed"_s, true, m_bob).status, 409);
    QCOMPARE(sign(u"alice"_s, id, u"hello again"_s, false, m_bob).status, 409);
    QCOMPARE(sign(u"alice"_s, id, u"hello again"_s, true, m_carol).status, 409);
    QCOMPARE(sign(u"carol"_s, id, u"hello again"_s, true, m_bob).status, 409);
    QCOMPARE(m_client->post(u"/api/v1/users/alice/guestbook"_s, {{u"id"_s, id}, {u"text"_s, u"changed"_s}}, m_bob).errorCode(),
             u"already_exists"_s);
}

void TestGuestbookApi::privateMessagesStayBetweenTwo()
{
    const QString owner = u"secretive"_s;
    const QString ownerToken = user(owner);
    QCOMPARE(sign(owner, kj::newItemId(), u"公开"_s, false, m_carol).status, 201);
    const QString secret = kj::newItemId();
    QCOMPARE(sign(owner, secret, u"悄悄话"_s, true, m_bob).status, 201);
    QCOMPARE(sortedTexts(owner, ownerToken), (QStringList{u"公开"_s, u"悄悄话"_s}));
    QCOMPARE(sortedTexts(owner, m_bob), (QStringList{u"公开"_s, u"悄悄话"_s}));
    QCOMPARE(texts(owner, m_carol), QStringList{u"公开"_s});
    QCOMPARE(texts(owner, QString()), QStringList{u"公开"_s});
    // A third person cannot reply to or delete what they cannot see, nor learn that it exists.
    QCOMPARE(reply(secret, u"?"_s, m_carol).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + secret, m_carol).status, 404);
    QCOMPARE(texts(owner, ownerToken).size(), 2);
}

void TestGuestbookApi::listsNewestFirstInPages()
{
    const QString owner = u"popular"_s;
    (void)user(owner);
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(sign(owner, kj::newItemId(), u"message %1"_s.arg(i), false, m_carol).status, 201);
        written.prepend(u"message %1"_s.arg(i));
        QTest::qWait(2); // each message in its own millisecond, so "newest first" has one answer
    }
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const QString path = u"/api/v1/users/%1/guestbook?limit=2"_s.arg(owner)
                             + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor);
        const TestReply page = m_client->get(path, m_bob);
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.value(u"items"_s).toArray().size() <= 2);
        for (const QJsonValue &value : page.json.value(u"items"_s).toArray())
            seen.append(value.toObject().value(u"text"_s).toString());
        cursor = page.json.value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, written);
    QCOMPARE(m_client->get(u"/api/v1/users/popular/guestbook?cursor=bm9wZQ"_s).status, 400);
    QCOMPARE(m_client->get(u"/api/v1/users/popular/guestbook?limit=0"_s).status, 400);
}

void TestGuestbookApi::deletes()
{
    const QString owner = u"cleaner"_s;
    const QString ownerToken = user(owner);
    const QString byBob = kj::newItemId(), byCarol = kj::newItemId();
    QCOMPARE(sign(owner, byBob, u"from bob"_s, false, m_bob).status, 201);
    QCOMPARE(sign(owner, byCarol, u"from carol"_s, false, m_carol).status, 201);
    // A public message: a third person sees it but may not delete it.
    const TestReply stranger = m_client->del(u"/api/v1/guestbook/"_s + byBob, m_carol);
    QCOMPARE(stranger.status, 403);
    QCOMPARE(stranger.errorCode(), u"forbidden"_s);
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + byBob, QString()).status, 401);
    QCOMPARE(texts(owner, ownerToken).size(), 2);
    // The author deletes their own; the owner deletes anyone's; twice is like once.
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + byBob, m_bob).status, 204);
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + byCarol, ownerToken).status, 204);
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + byCarol, ownerToken).status, 204);
    QCOMPARE(texts(owner, ownerToken), QStringList());
    // Nothing of the text is kept, and a late retry of the POST does not bring it back.
    QCOMPARE(count(u"SELECT COUNT(*) FROM guestbook_entries WHERE id = '%1' AND text = ''"_s.arg(byBob)), 1);
    QCOMPARE(sign(owner, byBob, u"from bob"_s, false, m_bob).status, 409);
    QCOMPARE(texts(owner, ownerToken), QStringList());
    QCOMPARE(reply(byBob, u"too late"_s, ownerToken).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + kj::newItemId(), ownerToken).status, 404);
    QCOMPARE(m_client->del(u"/api/v1/guestbook/not-an-id"_s, ownerToken).status, 400);
}

void TestGuestbookApi::onlyTheOwnerReplies()
{
    const QString owner = u"replier"_s;
    const QString ownerToken = user(owner);
    const QString open = kj::newItemId(), secret = kj::newItemId();
    QCOMPARE(sign(owner, open, u"hi"_s, false, m_carol).status, 201);
    QCOMPARE(sign(owner, secret, u"psst"_s, true, m_bob).status, 201);
    QCOMPARE(reply(open, u"I am not the owner"_s, m_carol).status, 403); // the author
    QCOMPARE(reply(open, u"nor I"_s, m_bob).status, 403);                // a reader
    QCOMPARE(reply(secret, u"mine"_s, m_bob).status, 403);               // the author of a private one
    QCOMPARE(reply(open, u"x"_s, QString()).status, 401);

    const TestReply answered = reply(open, u"谢谢来访"_s, ownerToken);
    QCOMPARE(answered.status, 200);
    const QJsonObject entry = answered.json.value(u"entry"_s).toObject();
    QCOMPARE(entry.value(u"reply"_s).toObject().value(u"text"_s).toString(), u"谢谢来访"_s);
    const QString at = entry.value(u"reply"_s).toObject().value(u"at"_s).toString();
    QVERIFY(!at.isEmpty());
    // The same reply again keeps its time; a new one replaces it.
    QCOMPARE(reply(open, u"谢谢来访"_s, ownerToken).json.value(u"entry"_s).toObject().value(u"reply"_s).toObject()
                 .value(u"at"_s).toString(), at);
    QCOMPARE(reply(open, u"常来"_s, ownerToken).status, 200);
    const TestReply listed = m_client->get(u"/api/v1/users/%1/guestbook"_s.arg(owner), m_carol);
    QCOMPARE(listed.json.value(u"items"_s).toArray().first().toObject().value(u"reply"_s).toObject()
                 .value(u"text"_s).toString(), u"常来"_s);
    QCOMPARE(reply(kj::newItemId(), u"x"_s, ownerToken).status, 404);
    QCOMPARE(reply(u"NOT-A-UUID"_s, u"x"_s, ownerToken).status, 400);
    QCOMPARE(m_client->post(u"/api/v1/guestbook/%1/reply"_s.arg(secret), {}, ownerToken).status, 400);
    QCOMPARE(m_client->post(u"/api/v1/guestbook/%1/reply"_s.arg(secret), {{u"text"_s, u" "_s}}, ownerToken).status, 400);
    // Replies went to one message only.
    for (const QJsonValue &value : m_client->get(u"/api/v1/users/%1/guestbook"_s.arg(owner), m_bob).json.value(u"items"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == secret)
            QCOMPARE(value.toObject().value(u"reply"_s), QJsonValue(QJsonValue::Null));
    }
}

void TestGuestbookApi::badRequestsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    const QByteArray id = kj::newItemId().toLatin1();
    const QByteArray json = "application/json";
    QTest::newRow("not JSON") << QByteArray("{") << json << 400;
    QTest::newRow("array") << QByteArray("[1]") << json << 400;
    QTest::newRow("bad UTF-8") << ("{\"id\":\"" + id + "\",\"text\":\"\xc3\"}") << json << 400;
    QTest::newRow("no id") << QByteArray(R"({"text":"hi"})") << json << 400;
    QTest::newRow("bad id") << QByteArray(R"({"id":"1","text":"hi"})") << json << 400;
    QTest::newRow("no text") << ("{\"id\":\"" + id + "\"}") << json << 400;
    QTest::newRow("empty text") << ("{\"id\":\"" + id + "\",\"text\":\"\"}") << json << 400;
    QTest::newRow("long text") << ("{\"id\":\"" + id + "\",\"text\":\"" + QByteArray(2001, 'x') + "\"}") << json << 400;
    QTest::newRow("author forged") << ("{\"id\":\"" + id + "\",\"text\":\"hi\",\"author\":\"alice\"}") << json << 400;
    QTest::newRow("private string") << ("{\"id\":\"" + id + "\",\"text\":\"hi\",\"private\":\"yes\"}") << json << 400;
    QTest::newRow("text/plain") << ("{\"id\":\"" + id + "\",\"text\":\"hi\"}") << QByteArray("text/plain") << 415;
}

void TestGuestbookApi::badRequestsStoreNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    const qint64 before = count(u"SELECT COUNT(*) FROM guestbook_entries"_s);
    const qint64 notesBefore = count(u"SELECT COUNT(*) FROM notifications"_s);
    const TestReply reply = m_client->send("POST", u"/api/v1/users/alice/guestbook"_s, body, contentType, m_carol);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.errorCode().isEmpty());
    QCOMPARE(count(u"SELECT COUNT(*) FROM guestbook_entries"_s), before);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), notesBefore);
}

void TestGuestbookApi::notifiesTheOwnerAndTheAuthor()
{
    const QString owner = u"notified"_s;
    const QString ownerToken = user(owner);
    const QString ownerId = QString::number(count(u"SELECT id FROM users WHERE username = '%1'"_s.arg(owner)));
    const QString carolId = QString::number(count(u"SELECT id FROM users WHERE username = 'carol'"_s));
    const QString id = kj::newItemId();
    QCOMPARE(sign(owner, id, u"看看你"_s, false, m_carol).status, 201);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE recipient_id = %1 AND kind = 'guestbook' AND actor_id = %2 "
                   "AND item_kind = 'guestbook' AND item_id = '%3'"_s.arg(ownerId, carolId, id)), 1);
    // A retry tells nothing new; the owner's own message tells nobody.
    QCOMPARE(sign(owner, id, u"看看你"_s, false, m_carol).status, 200);
    QCOMPARE(sign(owner, kj::newItemId(), u"自己写"_s, false, ownerToken).status, 201);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE recipient_id = %1"_s.arg(ownerId)), 1);
    // The owner's first reply tells the author.
    QCOMPARE(reply(id, u"你好"_s, ownerToken).status, 200);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE recipient_id = %1 AND kind = 'guestbook_reply' "
                   "AND item_id = '%2'"_s.arg(carolId, id)), 1);
    // A deleted message leaves nothing to tell.
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + id, m_carol).status, 204);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE item_id = '%1'"_s.arg(id)), 0);
}

QTEST_MAIN(TestGuestbookApi)
#include "tst_guestbookapi.moc"
