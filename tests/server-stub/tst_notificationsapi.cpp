// Notifications through the real server: each type (like, comment, reply, repost, guestbook, guestbook_reply,
// friend_request, friend_accepted) reaches the right person only and never for acting on one's own things; each
// goes away when its cause does; one about an item the recipient can no longer see is not shown; newest first in
// keyset pages; unreadCount and marking read.
#include "models/domain/ids.h"
#include "models/domain/notification.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestNotificationsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void likes();
    void commentsAndReplies();
    void reposts();
    void guestbook();
    void friendRequests();
    void hiddenItemsAreNotShown();
    void pagesNewestFirst();
    void marksRead();
    void refusesBadRequests();

private:
    //! All of a user's notifications, newest first, walking the pages.
    QList<kj::Notification> all(const QString &token, int limit = 100)
    {
        QList<kj::Notification> items;
        QString cursor;
        for (int round = 0; round < 100; ++round) {
            const TestReply reply = m_client->get(u"/api/v1/me/notifications?limit=%1%2"_s.arg(limit).arg(
                                                      cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                                  token);
            if (reply.status != 200) {
                qWarning() << "notifications:" << reply.status << reply.body;
                return {};
            }
            kj::Result<kj::NotificationPage> page = kj::NotificationPage::fromJson(reply.json);
            if (!page) {
                qWarning() << "not a notification page:" << page.error().message << reply.body;
                return {};
            }
            if (page->items.size() > limit)
                return {};
            items += page->items;
            if (page->nextCursor.isEmpty())
                return items;
            cursor = page->nextCursor;
        }
        return {};
    }
    QList<kj::Notification> ofType(const QString &token, kj::NotificationType type)
    {
        QList<kj::Notification> matching;
        for (const kj::Notification &notification : all(token)) {
            if (notification.type == type)
                matching.append(notification);
        }
        return matching;
    }
    int unread(const QString &token)
    {
        return m_client->get(u"/api/v1/me/notifications"_s, token).json.value(u"unreadCount"_s).toInt(-1);
    }
    QString newPost(const QString &token, const QString &visibility)
    {
        const QString id = kj::newItemId();
        const TestReply reply = m_client->put(u"/api/v1/posts/"_s + id,
                                              {{u"text"_s, u"说说"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, visibility}}, token);
        return reply.status == 201 ? id : QString();
    }
    TestReply like(const QString &kind, const QString &id, const QString &token, bool liked = true)
    {
        return m_client->send(liked ? "PUT" : "DELETE", u"/api/v1/items/%1/%2/like"_s.arg(kind, id), {}, "application/json", token);
    }
    QString comment(const QString &kind, const QString &id, const QString &text, const QString &token,
                    const QString &replyTo = {})
    {
        QJsonObject body{{u"id"_s, kj::newItemId()}, {u"text"_s, text}};
        if (!replyTo.isEmpty())
            body.insert(u"replyTo"_s, replyTo);
        const TestReply reply = m_client->post(u"/api/v1/items/%1/%2/comments"_s.arg(kind, id), body, token);
        return reply.status == 201 ? body.value(u"id"_s).toString() : QString();
    }

    TestServer m_server;
    std::unique_ptr<JsonClient> m_client;
    // alice and bob are friends, bob and carol are friends; dave knows nobody.
    QString m_alice, m_bob, m_carol, m_dave;
};

void TestNotificationsApi::initTestCase()
{
    const kj::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_client = std::make_unique<JsonClient>(m_server.baseUrl());
    m_alice = m_client->signUp(u"alice"_s);
    m_bob = m_client->signUp(u"bob"_s);
    m_carol = m_client->signUp(u"carol"_s);
    m_dave = m_client->signUp(u"dave"_s);
    QVERIFY(m_client->befriend(m_alice, u"bob"_s, m_bob));
    QVERIFY(m_client->befriend(m_bob, u"carol"_s, m_carol));
    // Start from nothing: the friendships above told the senders that they were accepted.
    for (const QString &token : {m_alice, m_bob, m_carol, m_dave}) {
        for (const kj::Notification &n : all(token))
            QCOMPARE(n.type, kj::NotificationType::FriendAccepted);
    }
}

void TestNotificationsApi::likes()
{
    const QString post = newPost(m_alice, u"public"_s);
    const int before = ofType(m_alice, kj::NotificationType::Like).size();
    QCOMPARE(like(u"post"_s, post, m_bob).status, 200);
    QCOMPARE(like(u"post"_s, post, m_bob).status, 200); // liking twice tells once
    QCOMPARE(like(u"post"_s, post, m_alice).status, 200); // her own like tells nobody
    const QList<kj::Notification> likes = ofType(m_alice, kj::NotificationType::Like);
    QCOMPARE(likes.size(), before + 1);
    const kj::Notification &n = likes.first();
    QCOMPARE(n.actor.username, u"bob"_s);
    QCOMPARE(n.itemKind, std::optional(kj::ItemKind::Post));
    QCOMPARE(n.itemId, post);
    QVERIFY(!n.read);
    QVERIFY(ofType(m_bob, kj::NotificationType::Like).isEmpty());
    QVERIFY(ofType(m_carol, kj::NotificationType::Like).isEmpty());
    // Unliking takes it back.
    QCOMPARE(like(u"post"_s, post, m_bob, false).status, 200);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Like).size(), before);
    // So does deleting the item.
    QCOMPARE(like(u"post"_s, post, m_carol).status, 200);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Like).size(), before + 1);
    QCOMPARE(m_client->del(u"/api/v1/posts/"_s + post, m_alice).status, 204);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Like).size(), before);
}

void TestNotificationsApi::commentsAndReplies()
{
    const QString post = newPost(m_alice, u"public"_s);
    const QString bobs = comment(u"post"_s, post, u"写得好，" + QString(200, u'长'), m_bob);
    QVERIFY(!bobs.isEmpty());
    QList<kj::Notification> comments = ofType(m_alice, kj::NotificationType::Comment);
    QVERIFY(!comments.isEmpty());
    QCOMPARE(comments.first().actor.username, u"bob"_s);
    QCOMPARE(comments.first().commentId, bobs);
    QCOMPARE(comments.first().itemId, post);
    QVERIFY(comments.first().text.startsWith(u"写得好，长"_s));
    QCOMPARE(comments.first().text.size(), kj::Notification::kExcerptLength + 1); // cut, with "…"
    QVERIFY(comments.first().text.endsWith(u'…'));
    // alice answers bob: he hears of a reply; she hears nothing of her own words.
    const int aliceComments = comments.size();
    const QString alices = comment(u"post"_s, post, u"谢谢"_s, m_alice, bobs);
    QList<kj::Notification> replies = ofType(m_bob, kj::NotificationType::Reply);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().actor.username, u"alice"_s);
    QCOMPARE(replies.first().commentId, alices);
    QCOMPARE(replies.first().text, u"谢谢"_s);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Comment).size(), aliceComments);
    QVERIFY(ofType(m_alice, kj::NotificationType::Reply).isEmpty());
    // carol answers bob on alice's post: bob hears of a reply, alice of a comment.
    const QString carols = comment(u"post"_s, post, u"同意"_s, m_carol, bobs);
    QCOMPARE(ofType(m_bob, kj::NotificationType::Reply).size(), 2);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Comment).size(), aliceComments + 1);
    QVERIFY(ofType(m_carol, kj::NotificationType::Reply).isEmpty() && ofType(m_carol, kj::NotificationType::Comment).isEmpty());
    // Deleting carol's reply takes back what it told; deleting bob's comment takes back his and its replies'.
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + carols, m_carol).status, 204);
    QCOMPARE(ofType(m_bob, kj::NotificationType::Reply).size(), 1);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Comment).size(), aliceComments);
    QCOMPARE(m_client->del(u"/api/v1/comments/"_s + bobs, m_alice).status, 204);
    QVERIFY(ofType(m_bob, kj::NotificationType::Reply).isEmpty());
    QCOMPARE(ofType(m_alice, kj::NotificationType::Comment).size(), aliceComments - 1);
}

void TestNotificationsApi::reposts()
{
    const QString post = newPost(m_alice, u"public"_s);
    const QString id = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/reposts/"_s + id, {{u"kind"_s, u"post"_s}, {u"itemId"_s, post}, {u"comment"_s, u"转给大家"_s},
                                                        {u"visibility"_s, u"public"_s}}, m_bob).status, 201);
    QList<kj::Notification> reposts = ofType(m_alice, kj::NotificationType::Repost);
    QCOMPARE(reposts.size(), 1);
    QCOMPARE(reposts.first().actor.username, u"bob"_s);
    QCOMPARE(reposts.first().itemKind, std::optional(kj::ItemKind::Repost));
    QCOMPARE(reposts.first().itemId, id);
    QCOMPARE(reposts.first().text, u"转给大家"_s);
    QVERIFY(ofType(m_bob, kj::NotificationType::Repost).isEmpty());
    // A repost alice may not see tells her nothing: dave's private one (dave is a stranger to her).
    const QString hidden = kj::newItemId();
    QCOMPARE(m_client->put(u"/api/v1/reposts/"_s + hidden, {{u"kind"_s, u"post"_s}, {u"itemId"_s, post}, {u"comment"_s, u"悄悄"_s},
                                                            {u"visibility"_s, u"private"_s}}, m_dave).status, 201);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Repost).size(), 1);
    // Deleting the repost takes the notification back.
    QCOMPARE(m_client->del(u"/api/v1/reposts/"_s + id, m_bob).status, 204);
    QVERIFY(ofType(m_alice, kj::NotificationType::Repost).isEmpty());
}

void TestNotificationsApi::guestbook()
{
    const QString id = kj::newItemId();
    QCOMPARE(m_client->post(u"/api/v1/users/alice/guestbook"_s, {{u"id"_s, id}, {u"text"_s, u"来踩踩"_s}, {u"private"_s, false}},
                            m_dave).status, 201);
    QList<kj::Notification> messages = ofType(m_alice, kj::NotificationType::Guestbook);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().actor.username, u"dave"_s);
    QCOMPARE(messages.first().guestbookId, id);
    QCOMPARE(messages.first().text, u"来踩踩"_s);
    QVERIFY(!messages.first().itemKind.has_value());
    QVERIFY(ofType(m_dave, kj::NotificationType::Guestbook).isEmpty());
    QCOMPARE(m_client->post(u"/api/v1/guestbook/"_s + id + u"/reply"_s, {{u"text"_s, u"欢迎"_s}}, m_alice).status, 200);
    QList<kj::Notification> replies = ofType(m_dave, kj::NotificationType::GuestbookReply);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().actor.username, u"alice"_s);
    QCOMPARE(replies.first().text, u"欢迎"_s);
    // Signing one's own guestbook tells nobody.
    QCOMPARE(m_client->post(u"/api/v1/users/alice/guestbook"_s, {{u"id"_s, kj::newItemId()}, {u"text"_s, u"自己"_s}, {u"private"_s, false}},
                            m_alice).status, 201);
    QCOMPARE(ofType(m_alice, kj::NotificationType::Guestbook).size(), 1);
    // Deleting the message takes back both.
    QCOMPARE(m_client->del(u"/api/v1/guestbook/"_s + id, m_alice).status, 204);
    QVERIFY(ofType(m_alice, kj::NotificationType::Guestbook).isEmpty());
    QVERIFY(ofType(m_dave, kj::NotificationType::GuestbookReply).isEmpty());
}

void TestNotificationsApi::friendRequests()
{
    const QString erin = m_client->signUp(u"erin"_s);
    const TestReply sent = m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, u"dave"_s}}, erin);
    QCOMPARE(sent.status, 201);
    const QString requestId = sent.json.value(u"request"_s).toObject().value(u"id"_s).toString();
    QList<kj::Notification> requests = ofType(m_dave, kj::NotificationType::FriendRequest);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().actor.username, u"erin"_s);
    QCOMPARE(requests.first().requestId, requestId);
    QVERIFY(all(erin).isEmpty());
    // Declined: gone.
    QCOMPARE(m_client->post(u"/api/v1/friends/requests/"_s + requestId + u"/decline"_s, {}, m_dave).status, 204);
    QVERIFY(ofType(m_dave, kj::NotificationType::FriendRequest).isEmpty());
    // Asked again and accepted: the request's notification goes, erin hears she was accepted.
    const TestReply again = m_client->post(u"/api/v1/friends/requests"_s, {{u"username"_s, u"dave"_s}}, erin);
    QCOMPARE(again.status, 201);
    QCOMPARE(ofType(m_dave, kj::NotificationType::FriendRequest).size(), 1);
    const QString againId = again.json.value(u"request"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(m_client->post(u"/api/v1/friends/requests/"_s + againId + u"/accept"_s, {}, m_dave).status, 200);
    QVERIFY(ofType(m_dave, kj::NotificationType::FriendRequest).isEmpty());
    QList<kj::Notification> accepted = ofType(erin, kj::NotificationType::FriendAccepted);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().actor.username, u"dave"_s);
    QVERIFY(ofType(m_dave, kj::NotificationType::FriendAccepted).isEmpty());
    // Unfriending: that news is no longer true.
    QCOMPARE(m_client->del(u"/api/v1/friends/erin"_s, m_dave).status, 204);
    QVERIFY(ofType(erin, kj::NotificationType::FriendAccepted).isEmpty());
}

void TestNotificationsApi::hiddenItemsAreNotShown()
{
    // frank and gina are friends; gina comments on frank's friends-only post and frank answers her.
    const QString frank = m_client->signUp(u"frank"_s);
    const QString gina = m_client->signUp(u"gina"_s);
    QVERIFY(m_client->befriend(frank, u"gina"_s, gina));
    const QString post = newPost(frank, u"friends"_s);
    const QString ginas = comment(u"post"_s, post, u"秘密"_s, gina);
    QVERIFY(!comment(u"post"_s, post, u"嘘"_s, frank, ginas).isEmpty());
    QCOMPARE(ofType(gina, kj::NotificationType::Reply).size(), 1);
    const int unreadBefore = unread(gina);
    QVERIFY(unreadBefore >= 1);
    // Unfriended, gina may no longer see the post: the reply about it is not shown, nor counted.
    QCOMPARE(m_client->del(u"/api/v1/friends/gina"_s, frank).status, 204);
    QVERIFY(ofType(gina, kj::NotificationType::Reply).isEmpty());
    const TestReply page = m_client->get(u"/api/v1/me/notifications"_s, gina);
    QVERIFY(!page.body.contains(post.toUtf8()));
    QVERIFY(!page.body.contains("嘘"));
    QCOMPARE(unread(gina), 0);
}

void TestNotificationsApi::pagesNewestFirst()
{
    const QString hana = m_client->signUp(u"hana"_s);
    QStringList posts;
    for (int i = 0; i < 7; ++i) {
        posts.append(newPost(hana, u"public"_s));
        QCOMPARE(like(u"post"_s, posts.last(), m_dave).status, 200);
    }
    QList<kj::Notification> items;
    QString cursor;
    int pages = 0;
    for (; pages < 10; ++pages) {
        const TestReply reply = m_client->get(u"/api/v1/me/notifications?limit=3"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                              hana);
        QCOMPARE(reply.status, 200);
        kj::Result<kj::NotificationPage> page = kj::NotificationPage::fromJson(reply.json);
        QVERIFY(page.ok());
        QCOMPARE(page->unreadCount, 7);
        QVERIFY(page->items.size() <= 3);
        items += page->items;
        if (page->nextCursor.isEmpty())
            break;
        QCOMPARE(page->items.size(), 3);
        cursor = page->nextCursor;
    }
    QCOMPARE(pages, 2); // 3 + 3 + 1
    QCOMPARE(items.size(), 7);
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).itemId, posts.at(posts.size() - 1 - i)); // newest first
        if (i > 0)
            QVERIFY(items.at(i).id < items.at(i - 1).id);
    }
}

void TestNotificationsApi::marksRead()
{
    const QString ivy = m_client->signUp(u"ivy"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(like(u"post"_s, newPost(ivy, u"public"_s), m_dave).status, 200);
    QList<kj::Notification> items = all(ivy);
    QCOMPARE(items.size(), 5);
    QCOMPARE(unread(ivy), 5);
    // Up to the third newest: it and the older ones are read, the two newest not.
    const TestReply marked = m_client->post(u"/api/v1/me/notifications/read"_s, {{u"upTo"_s, items.at(2).id}}, ivy);
    QCOMPARE(marked.status, 200);
    QCOMPARE(marked.json.value(u"unreadCount"_s).toInt(-1), 2);
    items = all(ivy);
    QCOMPARE(items.size(), 5);
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(items.at(i).read, i >= 2);
    // Marking read is the caller's own: dave's notifications stay as they were.
    const int daveUnread = unread(m_dave);
    QCOMPARE(m_client->post(u"/api/v1/me/notifications/read"_s, {{u"all"_s, true}}, ivy).json.value(u"unreadCount"_s).toInt(-1), 0);
    QCOMPARE(unread(ivy), 0);
    QCOMPARE(unread(m_dave), daveUnread);
    // A new one is unread again.
    QCOMPARE(like(u"post"_s, newPost(ivy, u"public"_s), m_carol).status, 200);
    QCOMPARE(unread(ivy), 1);
}

void TestNotificationsApi::refusesBadRequests()
{
    QCOMPARE(m_client->get(u"/api/v1/me/notifications"_s).status, 401);
    QCOMPARE(m_client->post(u"/api/v1/me/notifications/read"_s, {{u"all"_s, true}}).status, 401);
    QCOMPARE(m_client->get(u"/api/v1/me/notifications?cursor=abc"_s, m_alice).status, 400);
    QCOMPARE(m_client->get(u"/api/v1/me/notifications?cursor=-3"_s, m_alice).status, 400);
    QCOMPARE(m_client->get(u"/api/v1/me/notifications?limit=0"_s, m_alice).status, 400);
    QCOMPARE(m_client->post(u"/api/v1/me/notifications/read"_s, {}, m_alice).status, 400);
    QCOMPARE(m_client->post(u"/api/v1/me/notifications/read"_s, {{u"all"_s, false}}, m_alice).status, 400);
    QCOMPARE(m_client->post(u"/api/v1/me/notifications/read"_s, {{u"upTo"_s, 3}, {u"all"_s, true}}, m_alice).status, 400);
    QCOMPARE(m_client->post(u"/api/v1/me/notifications/read"_s, {{u"upTo"_s, u"3"_s}}, m_alice).status, 400);
    QCOMPARE(m_client->post(u"/api/v1/me/notifications/read"_s, {{u"upTo"_s, 3}, {u"extra"_s, 1}}, m_alice).status, 400);
}

QTEST_MAIN(TestNotificationsApi)
#include "tst_notificationsapi.moc"
