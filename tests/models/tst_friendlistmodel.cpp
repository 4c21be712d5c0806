#include "models/friendlistmodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using kj::models::FriendListModel;
using namespace kj::tests;

class TestFriendListModel : public QObject
{
    Q_OBJECT

private:
    static QStringList usernames(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(FriendListModel::UsernameRole).toString());
        return result;
    }

private Q_SLOTS:
    void listsFriendsByUsername()
    {
        auto store = openStore();
        FriendListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        const QDateTime since(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC);
        QVERIFY(store->friends().upsertFriend(kj::Friend{user(QStringLiteral("xiaohong"), QStringLiteral("小红")), since}));
        QVERIFY(store->friends().upsertFriend(kj::Friend{user(QStringLiteral("dawei"), QStringLiteral("大伟")), since}));
        QCOMPARE(usernames(model), (QStringList{QStringLiteral("dawei"), QStringLiteral("xiaohong")}));
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("小红"));
        QCOMPARE(model.index(1).data(FriendListModel::DisplayNameRole).toString(), QStringLiteral("小红"));
        QCOMPARE(model.index(1).data(FriendListModel::SinceRole).toDateTime(), since);
        QCOMPARE(model.roleNames().value(FriendListModel::UsernameRole), QByteArray("username"));
        QCOMPARE(model.roleNames().value(FriendListModel::DisplayNameRole), QByteArray("displayName"));
    }

    void followsChangesWithoutResets()
    {
        auto store = openStore();
        befriend(*store, QStringLiteral("anna"));
        befriend(*store, QStringLiteral("bo"));
        befriend(*store, QStringLiteral("chen"));
        FriendListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(store->friends().removeFriend(QStringLiteral("bo")));
        QCOMPARE(usernames(model), (QStringList{QStringLiteral("anna"), QStringLiteral("chen")}));

        // A full refresh from the server: one renamed, one gone, one new.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store->friends().replaceFriends({kj::Friend{user(QStringLiteral("anna"), QStringLiteral("Anna L.")), now},
                                                 kj::Friend{user(QStringLiteral("dora")), now}}));
        QCOMPARE(usernames(model), (QStringList{QStringLiteral("anna"), QStringLiteral("dora")}));
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Anna L."));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.count(), 0);
    }

    void displayNameFallsBackToUsername()
    {
        auto store = openStore();
        QVERIFY(store->friends().upsertFriend(kj::Friend{kj::User{QStringLiteral("nameless"), QStringLiteral(""), {}}, QDateTime::currentDateTimeUtc()}));
        FriendListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("nameless"));
    }
};

QTEST_GUILESS_MAIN(TestFriendListModel)
#include "tst_friendlistmodel.moc"
