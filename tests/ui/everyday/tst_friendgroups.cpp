#include "app/clientsession.h"
#include "app/services/friendgroupservice.h"
#include "app/services/friendsservice.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/everyday/friendgroupmodel.h"
#include "models/friendlistmodel.h"
#include "models/friendrequestmodel.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "tests/support/jsonclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/everyday/friendgroupspanel.h"
#include "ui/friendspage.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Role = kj::models::FriendGroupModel::Role;

// Friend groups on the Friends page, offline first: made, renamed, filled and deleted here, then sent by the
// sync to the real server; and "Open space" on a friend.
class TestFriendGroups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_fx;
    std::unique_ptr<kj::models::FriendListModel> m_friends;
    std::unique_ptr<kj::models::FriendRequestModel> m_incoming;
    std::unique_ptr<kj::models::FriendRequestModel> m_outgoing;
    std::unique_ptr<kj::models::FriendGroupModel> m_groups;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<kj::app::FriendGroupService> m_service;
    std::unique_ptr<kj::ui::FriendsPage> m_page;
    kj::ui::FriendGroupsPanel *m_panel = nullptr;

    QJsonArray serverGroups()
    {
        const TestReply reply = m_fx->client().get(QStringLiteral("/api/v1/me/groups"), m_fx->token());
        if (reply.status != 200)
            return {};
        return reply.json.value(QStringLiteral("items")).toArray();
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
        QVERIFY(m_fx->syncOnce().ok()); // my friend arrives
        m_friends = std::make_unique<kj::models::FriendListModel>(session.store());
        m_incoming = std::make_unique<kj::models::FriendRequestModel>(session.store(), kj::models::FriendRequestModel::Direction::Incoming);
        m_outgoing = std::make_unique<kj::models::FriendRequestModel>(session.store(), kj::models::FriendRequestModel::Direction::Outgoing);
        m_groups = std::make_unique<kj::models::FriendGroupModel>(session.store());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_groups.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_service = std::make_unique<kj::app::FriendGroupService>(session.store(), session.api(), &session.sync());
        connect(m_service.get(), &kj::app::FriendGroupService::groupsChanged, m_groups.get(), &kj::models::FriendGroupModel::reload);
        m_page = std::make_unique<kj::ui::FriendsPage>(*m_friends, *m_incoming, *m_outgoing, session.friends());
        m_panel = new kj::ui::FriendGroupsPanel(*m_groups, *m_friends, *m_service);
        m_page->addGroupsPanel(m_panel);
        m_page->resize(900, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_service.reset();
        m_tester.reset();
        m_groups.reset();
        m_outgoing.reset();
        m_incoming.reset();
        m_friends.reset();
        m_fx.reset();
    }

    void groupsMadeHereReachTheServer()
    {
        QCOMPARE(m_friends->rowCount(), 1);
        const QString id = m_panel->createGroup(QStringLiteral("Classmates"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_groups->rowCount(), 1);
        QCOMPARE(m_panel->currentGroupId(), id);
        QVERIFY(m_groups->index(0).data(Role::PendingRole).toBool());

        // Tick my friend.
        QTRY_COMPARE(m_panel->memberList()->count(), 1);
        QListWidgetItem *xiaohong = m_panel->memberList()->item(0);
        QCOMPARE(xiaohong->data(Qt::UserRole).toString(), QStringLiteral("xiaohong"));
        xiaohong->setCheckState(Qt::Checked);
        QCOMPARE(m_groups->index(0).data(Role::MembersRole).toStringList(), QStringList{QStringLiteral("xiaohong")});
        QVERIFY(m_panel->renameCurrentTo(QStringLiteral("Old classmates")));
        QCOMPARE(m_groups->index(0).data(Role::NameRole).toString(), QStringLiteral("Old classmates"));
        // Nothing has gone yet: saved here, one queued write of the group.
        QVERIFY(serverGroups().isEmpty());
        QVERIFY(m_fx->session().store().outbox().hasPending(QStringLiteral("group"), id));

        QVERIFY(m_fx->syncOnce().ok());
        const QJsonArray onServer = serverGroups();
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(onServer.first().toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(onServer.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Old classmates"));
        QCOMPARE(onServer.first().toObject().value(QStringLiteral("members")).toArray(), QJsonArray({QStringLiteral("xiaohong")}));
        QTRY_VERIFY(!m_groups->index(0).data(Role::PendingRole).toBool());

        // Taken out again, then the group deleted.
        QTRY_COMPARE(m_panel->memberList()->count(), 1);
        QVERIFY(m_panel->setMember(QStringLiteral("xiaohong"), false));
        QVERIFY(m_groups->index(0).data(Role::MembersRole).toStringList().isEmpty());
        QVERIFY(m_panel->deleteCurrentWithoutAsking());
        QCOMPARE(m_groups->rowCount(), 0);
        QVERIFY(m_fx->syncOnce().ok());
        QVERIFY(serverGroups().isEmpty());
    }

    void badNamesAreExplained()
    {
        QVERIFY(m_panel->createGroup(QStringLiteral("x").repeated(41)).isEmpty());
        QVERIFY(!m_panel->statusLabel()->text().isEmpty());
        QCOMPARE(m_groups->rowCount(), 0);
    }

    void serverGroupsArrive()
    {
        const QString id = kj::newItemId();
        const TestReply made = m_fx->client().put(QStringLiteral("/api/v1/me/groups/") + id,
                                                {{QStringLiteral("name"), QStringLiteral("Family")},
                                                 {QStringLiteral("members"), QJsonArray({QStringLiteral("xiaohong")})}},
                                                m_fx->token());
        QVERIFY2(made.status == 201 || made.status == 200, made.body.constData());
        QSignalSpy refreshed(m_service.get(), &kj::app::FriendGroupService::refreshed);
        m_service->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(m_groups->rowCount(), 1);
        QCOMPARE(m_groups->index(0).data(Role::NameRole).toString(), QStringLiteral("Family"));
        QCOMPARE(m_groups->namesOf({id}), QStringList{QStringLiteral("Family")});
    }

    void openSpaceOfAFriend()
    {
        auto *list = m_page->friendList();
        auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openSpaceButton"));
        QVERIFY(!open->isEnabled());
        list->setCurrentIndex(m_friends->index(0));
        QVERIFY(open->isEnabled());
        QSignalSpy requested(m_page.get(), &kj::ui::FriendsPage::openSpaceRequested);
        open->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("xiaohong"));
    }
};

QTEST_MAIN(TestFriendGroups)
#include "tst_friendgroups.moc"
