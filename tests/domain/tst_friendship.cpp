#include "models/domain/friendship.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFriendship : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestRoundTrips()
    {
        kj::FriendRequest request{kj::newItemId(), {u"alice"_s, u"Alice"_s, {}}, {u"bob"_s, u"Bob"_s, {}},
                                  *kj::fromRfc3339(u"2026-11-27T03:00:00.000Z"_s)};
        auto decoded = kj::FriendRequest::fromJson(request.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->id, request.id);
        QCOMPARE(decoded->from, request.from);
        QCOMPARE(decoded->to, request.to);
        QCOMPARE(decoded->createdAt, request.createdAt);
    }

    void friendRoundTrips()
    {
        kj::Friend buddy{{u"bob"_s, u"Bob"_s, {}}, *kj::fromRfc3339(u"2026-11-27T03:00:00.000Z"_s)};
        const QJsonObject json = buddy.toJson();
        QCOMPARE(json.value(u"username"_s).toString(), u"bob"_s);
        QCOMPARE(json.value(u"since"_s).toString(), u"2026-11-27T03:00:00.000Z"_s);
        auto decoded = kj::Friend::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->user, buddy.user);
        QCOMPARE(decoded->since, buddy.since);
        QJsonObject broken = json;
        broken.remove(u"since"_s);
        QVERIFY(!kj::Friend::fromJson(broken).ok());
    }
};

QTEST_GUILESS_MAIN(TestFriendship)
#include "tst_friendship.moc"
