#include "app/clientsession.h"
#include "app/services/friendgroupservice.h"
#include "app/sync/syncengine.h"
#include "models/everyday/friendgroupmodel.h"
#include "tests/support/jsonclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/audiencepicker.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using kj::ui::AudiencePicker;

// The one audience picker (diary editor, 说说 composer, repost and album dialogs): my friend groups listed by
// name from a signed-in session's store, following their changes; chosen by API, keyboard and dialog.
class TestAudiencePicker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_fx;
    std::unique_ptr<kj::app::FriendGroupService> m_groupService;
    std::unique_ptr<kj::models::FriendGroupModel> m_groups;
    std::unique_ptr<QAbstractItemModelTester> m_groupsTester;
    std::unique_ptr<AudiencePicker> m_picker;
    std::unique_ptr<QAbstractItemModelTester> m_pickerTester;

    //! The texts of the rows one can choose (separators and the "no groups" line left out).
    QStringList choices() const
    {
        QStringList texts;
        for (int row = 0; row < m_picker->count(); ++row) {
            if (m_picker->model()->flags(m_picker->model()->index(row, 0)) & Qt::ItemIsEnabled)
                texts.append(m_picker->itemText(row));
        }
        return texts;
    }
    kj::FriendGroup makeGroup(const QString &name, const QStringList &members = {})
    {
        const kj::Result<kj::FriendGroup> group = m_groupService->create(name, members);
        if (!group)
            qWarning() << group.error().message;
        return group ? *group : kj::FriendGroup();
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
        m_picker = std::make_unique<AudiencePicker>();
        m_pickerTester = std::make_unique<QAbstractItemModelTester>(m_picker->model(),
                                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_picker->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
    }

    void cleanup()
    {
        m_pickerTester.reset();
        m_picker.reset();
        m_groupsTester.reset();
        m_groups.reset();
        m_groupService.reset();
        m_fx.reset();
        // Back to English for the next test (a test switches to Chinese).
        QVERIFY(kj::ui::switchLanguage(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void friendsAtFirstAndNoGroupsWithoutAModel()
    {
        QCOMPARE(m_picker->visibility(), kj::Visibility::Friends);
        QVERIFY(m_picker->groups().isEmpty());
        QCOMPARE(m_picker->currentText(), QStringLiteral("Friends"));
        QCOMPARE(choices(), (QStringList{QStringLiteral("Public"), QStringLiteral("Friends"), QStringLiteral("Only me")}));
        QCOMPARE(m_picker->accessibleName(), QStringLiteral("Who can see it"));
        QCOMPARE(m_picker->toolTip(), QStringLiteral("All your friends can see it"));
        QVERIFY(!m_picker->itemIcon(0).isNull());
    }

    void listsMyGroupsAndFollowsTheirChanges()
    {
        m_picker->setGroupModel(m_groups.get());
        // No group yet: a line says where they are made.
        QVERIFY(m_picker->findText(QStringLiteral("No friend groups yet")) >= 0);
        QCOMPARE(choices(), (QStringList{QStringLiteral("Public"), QStringLiteral("Friends"), QStringLiteral("Only me")}));

        const kj::FriendGroup family = makeGroup(QStringLiteral("Family"), {QStringLiteral("xiaohong")});
        QVERIFY(!family.id.isEmpty());
        QTRY_COMPARE(choices(), (QStringList{QStringLiteral("Public"), QStringLiteral("Friends"), QStringLiteral("Family"),
                                             QStringLiteral("Only me")}));
        QCOMPARE(m_picker->findText(QStringLiteral("No friend groups yet")), -1);
        const int familyRow = m_picker->findText(QStringLiteral("Family"));
        QCOMPARE(m_picker->itemData(familyRow, AudiencePicker::VisibilityRole).toInt(), int(kj::Visibility::Groups));
        QCOMPARE(m_picker->itemData(familyRow, AudiencePicker::GroupsRole).toStringList(), QStringList{family.id});
        // The tooltip says who will see it.
        const QString tip = m_picker->itemData(familyRow, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("“Family”")) && tip.contains(QStringLiteral("xiaohong")), qPrintable(tip));

        // Two groups: the row for several appears.
        const kj::FriendGroup work = makeGroup(QStringLiteral("Work"));
        QTRY_COMPARE(choices(), (QStringList{QStringLiteral("Public"), QStringLiteral("Friends"), QStringLiteral("Family"),
                                             QStringLiteral("Work"), QStringLiteral("Several groups…"),
                                             QStringLiteral("Only me")}));
        const QString workTip = m_picker->itemData(m_picker->findText(QStringLiteral("Work")), Qt::ToolTipRole).toString();
        QVERIFY2(workTip.contains(QStringLiteral("only you")), qPrintable(workTip));

        // Chosen, then renamed elsewhere: the picker shows the new name and keeps the choice.
        QSignalSpy changed(m_picker.get(), &AudiencePicker::audienceChanged);
        m_picker->setCurrentIndex(familyRow);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_picker->audience(), (kj::Audience{kj::Visibility::Groups, {family.id}}));
        QVERIFY(m_groupService->rename(family.id, QStringLiteral("Home")).ok());
        QTRY_COMPARE(m_picker->currentText(), QStringLiteral("Home"));
        QCOMPARE(m_picker->audience(), (kj::Audience{kj::Visibility::Groups, {family.id}}));
        QVERIFY(m_picker->toolTip().contains(QStringLiteral("“Home”")));
        QCOMPARE(changed.count(), 1);

        // Removed: it leaves the list, and what was chosen is still said (not silently widened).
        QVERIFY(m_groupService->remove(family.id).ok());
        QTRY_COMPARE(m_picker->findText(QStringLiteral("Home")), -1);
        QCOMPARE(m_picker->audience(), (kj::Audience{kj::Visibility::Groups, {family.id}}));
        QVERIFY(m_picker->currentText().startsWith(QStringLiteral("1 group")));
        QVERIFY(!choices().contains(QStringLiteral("Several groups…")));
        QCOMPARE(changed.count(), 1);
    }

    void setAudienceRoundTrips()
    {
        m_picker->setGroupModel(m_groups.get());
        const kj::FriendGroup family = makeGroup(QStringLiteral("Family"), {QStringLiteral("xiaohong")});
        const kj::FriendGroup work = makeGroup(QStringLiteral("Work"));
        QTRY_VERIFY(m_picker->findText(QStringLiteral("Work")) >= 0);
        QSignalSpy changed(m_picker.get(), &AudiencePicker::audienceChanged);

        for (const kj::Visibility visibility : {kj::Visibility::Public, kj::Visibility::Private, kj::Visibility::Friends}) {
            m_picker->setAudience(visibility);
            QCOMPARE(m_picker->visibility(), visibility);
            QVERIFY(m_picker->groups().isEmpty());
            QCOMPARE(kj::Visibility(m_picker->currentData(AudiencePicker::VisibilityRole).toInt()), visibility);
        }
        QCOMPARE(changed.count(), 3);
        m_picker->setAudience(kj::Visibility::Friends); // no change, no signal
        QCOMPARE(changed.count(), 3);

        m_picker->setAudience(kj::Visibility::Groups, {work.id});
        QCOMPARE(m_picker->audience(), (kj::Audience{kj::Visibility::Groups, {work.id}}));
        QCOMPARE(m_picker->currentText(), QStringLiteral("Work"));

        // Several groups (given in any order, twice): one row names them, the ids come back sorted.
        m_picker->setAudience(kj::Visibility::Groups, {work.id, family.id, work.id});
        QStringList both{family.id, work.id};
        both.sort();
        QCOMPARE(m_picker->groups(), both);
        QCOMPARE(m_picker->currentText(), QStringLiteral("Family, Work"));
        QVERIFY(m_picker->toolTip().contains(QStringLiteral("xiaohong")));
        QCOMPARE(changed.count(), 5);

        // Groups are dropped with any other audience; "groups" naming none is read as only me.
        m_picker->setAudience(kj::Visibility::Public, {family.id});
        QCOMPARE(m_picker->audience(), (kj::Audience{kj::Visibility::Public, {}}));
        QCOMPARE(m_picker->findText(QStringLiteral("Family, Work")), -1); // that row went with the choice
        m_picker->setAudience(kj::Visibility::Groups, {});
        QCOMPARE(m_picker->audience(), (kj::Audience{kj::Visibility::Private, {}}));
        QCOMPARE(m_picker->currentText(), QStringLiteral("Only me"));

        // A group this computer does not know (yet) is kept and said.
        const QString unknown = QStringLiteral("0b7e2a0c-1c3f-4a55-9d7e-9f0b1c2d3e4f");
        m_picker->setAudience(kj::Audience{kj::Visibility::Groups, {unknown}});
        QCOMPARE(m_picker->groups(), QStringList{unknown});
        QVERIFY(m_picker->currentText().startsWith(QStringLiteral("1 group")));
    }

    void theKeyboardStepsThroughTheChoices()
    {
        m_picker->setGroupModel(m_groups.get());
        makeGroup(QStringLiteral("Family"));
        makeGroup(QStringLiteral("Work"));
        QTRY_VERIFY(m_picker->findText(QStringLiteral("Work")) >= 0);
        m_picker->setFocus();
        QTRY_VERIFY(m_picker->hasFocus());
        QCOMPARE(m_picker->currentText(), QStringLiteral("Friends"));
        QStringList seen;
        for (int step = 0; step < 4; ++step) {
            QTest::keyClick(m_picker.get(), Qt::Key_Down);
            seen.append(m_picker->currentText());
        }
        // Over the separators, and over "Several groups…" (no dialog pops up while stepping).
        QCOMPARE(seen, (QStringList{QStringLiteral("Family"), QStringLiteral("Work"), QStringLiteral("Only me"),
                                    QStringLiteral("Only me")}));
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_picker->visibility(), kj::Visibility::Private);
        QTest::keyClick(m_picker.get(), Qt::Key_Home);
        QCOMPARE(m_picker->visibility(), kj::Visibility::Public);
    }

    void severalGroupsAreChosenInADialog()
    {
        m_picker->setGroupModel(m_groups.get());
        const kj::FriendGroup family = makeGroup(QStringLiteral("Family"), {QStringLiteral("xiaohong")});
        const kj::FriendGroup work = makeGroup(QStringLiteral("Work"));
        QTRY_VERIFY(m_picker->findText(QStringLiteral("Several groups…")) >= 0);
        QSignalSpy changed(m_picker.get(), &AudiencePicker::audienceChanged);

        bool sawDialog = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&sawDialog, &poll] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("audienceGroupList"));
            QVERIFY(list);
            QCOMPARE(list->count(), 2);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // nothing ticked yet
            for (int row = 0; row < list->count(); ++row)
                list->item(row)->setCheckState(Qt::Checked);
            QVERIFY(ok->isEnabled());
            sawDialog = true;
            ok->click();
        });
        poll.start();
        // Chosen from the list: the dialog asks (after the list closed), the row itself never stays chosen.
        m_picker->setCurrentIndex(m_picker->findText(QStringLiteral("Several groups…")));
        QCOMPARE(m_picker->currentText(), QStringLiteral("Friends"));
        QCOMPARE(changed.count(), 0);
        QTRY_VERIFY(sawDialog);
        QTRY_COMPARE(changed.count(), 1);
        QStringList both{family.id, work.id};
        both.sort();
        QCOMPARE(m_picker->audience(), (kj::Audience{kj::Visibility::Groups, both}));
        QCOMPARE(m_picker->currentText(), QStringLiteral("Family, Work"));
    }

    void aLanguageChangeRetranslatesTheChoices()
    {
        m_picker->setGroupModel(m_groups.get());
        makeGroup(QStringLiteral("Family"));
        QTRY_VERIFY(m_picker->findText(QStringLiteral("Family")) >= 0);
        m_picker->setAudience(kj::Visibility::Public);
        QVERIFY(kj::ui::switchLanguage(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QTRY_COMPARE(m_picker->itemText(0), QStringLiteral("公开"));
        QCOMPARE(m_picker->currentText(), QStringLiteral("公开"));
        QCOMPARE(m_picker->visibility(), kj::Visibility::Public);
        QVERIFY(m_picker->findText(QStringLiteral("Family")) >= 0); // names stay as written
    }
};

QTEST_MAIN(TestAudiencePicker)
#include "tst_audiencepicker.moc"
