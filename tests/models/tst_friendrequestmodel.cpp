#include "models/friendrequestmodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using kj::models::FriendRequestModel;
using Direction = FriendRequestModel::Direction;
using namespace kj::tests;

class TestFriendRequestModel : public QObject
{
    Q_OBJECT

private:
    static kj::FriendRequest request(const QString &id, const QString &from, const QString &to, int minutesAgo)
    {
        return kj::FriendRequest{id, user(from, from.toUpper()), user(to, to.toUpper()),
                                 QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).addSecs(-60 * minutesAgo)};
    }

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(role).toString());
        return result;
    }

private Q_SLOTS:
    void splitsIncomingAndOutgoing()
    {
        auto store = openStore();
        QVERIFY(store->friends().upsertRequest(request(QStringLiteral("r1"), QStringLiteral("dawei"), QStringLiteral("me"), 20)));
        QVERIFY(store->friends().upsertRequest(request(QStringLiteral("r2"), QStringLiteral("me"), QStringLiteral("xiaohong"), 10)));
        QVERIFY(store->friends().upsertRequest(request(QStringLiteral("r3"), QStringLiteral("anna"), QStringLiteral("me"), 5)));

        FriendRequestModel incoming(*store, Direction::Incoming);
        FriendRequestModel outgoing(*store, Direction::Outgoing);
        QAbstractItemModelTester inTester(&incoming, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester outTester(&outgoing, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Oldest first; the other person is the one shown.
        QCOMPARE(column(incoming, FriendRequestModel::IdRole), (QStringList{QStringLiteral("r1"), QStringLiteral("r3")}));
        QCOMPARE(column(incoming, FriendRequestModel::UsernameRole), (QStringList{QStringLiteral("dawei"), QStringLiteral("anna")}));
        QCOMPARE(column(incoming, Qt::DisplayRole), (QStringList{QStringLiteral("DAWEI"), QStringLiteral("ANNA")}));
        QCOMPARE(column(outgoing, FriendRequestModel::UsernameRole), QStringList{QStringLiteral("xiaohong")});
        QCOMPARE(outgoing.index(0).data(FriendRequestModel::CreatedAtRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 1), QTime(11, 50), Qt::UTC));
        QCOMPARE(incoming.direction(), Direction::Incoming);
        QCOMPARE(incoming.roleNames().value(FriendRequestModel::IdRole), QByteArray("requestId"));
    }

    void acceptedRequestLeaves()
    {
        auto store = openStore();
        QVERIFY(store->friends().upsertRequest(request(QStringLiteral("r1"), QStringLiteral("dawei"), QStringLiteral("me"), 20)));
        QVERIFY(store->friends().upsertRequest(request(QStringLiteral("r3"), QStringLiteral("anna"), QStringLiteral("me"), 5)));
        FriendRequestModel incoming(*store, Direction::Incoming);
        QAbstractItemModelTester tester(&incoming, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&incoming, &QAbstractItemModel::rowsRemoved);

        QVERIFY(store->friends().removeRequest(QStringLiteral("r1")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(column(incoming, FriendRequestModel::IdRole), QStringList{QStringLiteral("r3")});

        QVERIFY(store->friends().replaceRequests({request(QStringLiteral("r4"), QStringLiteral("bo"), QStringLiteral("me"), 50),
                                                  request(QStringLiteral("r3"), QStringLiteral("anna"), QStringLiteral("me"), 5)},
                                                 {}));
        QCOMPARE(column(incoming, FriendRequestModel::IdRole), (QStringList{QStringLiteral("r4"), QStringLiteral("r3")}));
    }
};

QTEST_GUILESS_MAIN(TestFriendRequestModel)
#include "tst_friendrequestmodel.moc"
