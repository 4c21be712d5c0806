#include "app/clientsession.h"
#include "app/media/mediaupload.h"
#include "app/services/diaryphotoservice.h"
#include "app/sync/syncengine.h"
#include "app/sync/uploadpusher.h"
#include "models/domain/ids.h"
#include "models/everyday/rejectedchangemodel.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "tests/support/jsonclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/everyday/everydayarea.h"
#include "ui/everyday/rejectedindicator.h"
#include "ui/everyday/settingspage.h"
#include "ui/everyday/shortcutsdialog.h"
#include "ui/everyday/uploadprogress.h"
#include "ui/friendspage.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using kj::ui::MainWindow;
using kj::ui::SettingsPage;

// The Settings page (language applied live, preferences, account, refused changes) in the real main window,
// and the status bar's refused count and upload progress.
class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;

    SettingsPage *settings() const { return m_window->everyday()->settingsPage(); }

    //! A change the server refused for good, as the sync leaves it.
    void addRejected(const QString &kind, const QJsonObject &payload, const QString &why)
    {
        kj::store::ClientStore &store = m_fx->session().store();
        QVERIFY(store.transaction([&] { return store.outbox().enqueue(kind, kj::newItemId(), kj::store::OutboxEntry::Op::Upsert, payload); }).ok());
        const qint64 seq = store.outbox().entries().last().seq;
        QVERIFY(store.outbox().reject(seq, kj::Error{kj::ErrorCode::NotFound, why}).ok());
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
        m_window = std::make_unique<MainWindow>(m_fx->session(), m_fx->settings());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        // Back to English for the next test, whatever this one chose.
        kj::ui::switchLanguage(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        m_fx.reset();
    }

    void settingsIsAPageWithTheAccount()
    {
        QVERIFY(m_window->navigationItem(MainWindow::Page::Settings));
        m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Settings);
        const QString account = settings()->findChild<QLabel *>(QStringLiteral("accountLabel"))->text();
        QVERIFY2(account.contains(QStringLiteral("@xiaoming")) && account.contains(m_fx->url().mid(7)), qPrintable(account));
        QSignalSpy signOut(m_window.get(), &MainWindow::signOutRequested);
        settings()->findChild<QPushButton *>(QStringLiteral("signOutButton"))->click();
        QCOMPARE(signOut.count(), 1);
    }

    void preferencesAreStored()
    {
        kj::ui::Preferences &preferences = m_window->preferences();
        QVERIFY(preferences.autoplayMusic());
        QVERIFY(preferences.trayNotifications());
        QVERIFY(settings()->autoplayBox()->isChecked());
        settings()->autoplayBox()->click();
        settings()->trayBox()->click();
        QVERIFY(!preferences.autoplayMusic());
        QVERIFY(!preferences.trayNotifications());
        // In the profile's file, for the next start.
        QSettings again(m_fx->settings().fileName(), QSettings::IniFormat);
        QCOMPARE(kj::ui::Preferences(again).autoplayMusic(), false);
        QCOMPARE(kj::ui::Preferences(again).trayNotifications(), false);
    }

    void languageSwitchesLive()
    {
        QCOMPARE(m_window->navigationItem(MainWindow::Page::Feed)->text(), QStringLiteral("Friends' feed"));
        QComboBox *language = settings()->languageCombo();
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QCOMPARE(m_window->preferences().language(), QStringLiteral("zh_CN"));
        // The navigation and the menus speak Chinese at once (Qt posts the LanguageChange to each window).
        QTRY_COMPARE(m_window->navigationItem(MainWindow::Page::Feed)->text(), QStringLiteral("好友动态"));
        QCOMPARE(m_window->navigationItem(MainWindow::Page::Friends)->text(), QStringLiteral("好友"));
        QCOMPARE(m_window->navigationItem(MainWindow::Page::Diaries)->text(), QStringLiteral("我的日志"));
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("的空间")));

        // The choice is what the next start reads (app/gui/main.cpp).
        QSettings again(m_fx->settings().fileName(), QSettings::IniFormat);
        QCOMPARE(kj::ui::Preferences(again).language(), QStringLiteral("zh_CN"));
        QCOMPARE(kj::ui::localeForLanguage(QStringLiteral("zh_CN")).language(), QLocale::Chinese);

        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QTRY_COMPARE(m_window->navigationItem(MainWindow::Page::Feed)->text(), QStringLiteral("Friends' feed"));
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void refusedChangesAreListedAndDismissed()
    {
        kj::models::RejectedChangeModel &model = settings()->rejectedModel();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *indicator = m_window->everyday()->rejectedIndicator();
        QVERIFY(indicator->isHidden());
        QCOMPARE(model.rowCount(), 0);

        addRejected(QStringLiteral("comment"), {{QStringLiteral("text"), QStringLiteral("Lovely photos!")}},
                    QStringLiteral("the post was deleted"));
        addRejected(QStringLiteral("group"), {{QStringLiteral("name"), QStringLiteral("Family")}}, QStringLiteral("no such user"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(kj::models::RejectedChangeModel::WhatRole).toString(), QStringLiteral("Comment"));
        QCOMPARE(model.index(0).data(kj::models::RejectedChangeModel::TextRole).toString(), QStringLiteral("Lovely photos!"));
        QCOMPARE(model.index(0).data(kj::models::RejectedChangeModel::WhyRole).toString(), QStringLiteral("the post was deleted"));
        QCOMPARE(model.index(1).data(kj::models::RejectedChangeModel::WhatRole).toString(), QStringLiteral("Friend group “Family”"));

        // The count in the status bar leads to them.
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("2 refused"));
        indicator->click();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Settings);
        QCOMPARE(settings()->rejectedList()->currentIndex().row(), 0);
        const QString detail = settings()->findChild<QLabel *>(QStringLiteral("rejectedDetail"))->text();
        QVERIFY2(detail.contains(QStringLiteral("the post was deleted")) && detail.contains(QStringLiteral("Lovely photos!")),
                 qPrintable(detail));

        settings()->findChild<QPushButton *>(QStringLiteral("dismissButton"))->click();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(m_fx->session().store().outbox().rejectedCount(), 1);
        QCOMPARE(indicator->text(), QStringLiteral("1 refused"));

        addRejected(QStringLiteral("like"), {{QStringLiteral("liked"), true}}, QStringLiteral("gone"));
        settings()->findChild<QPushButton *>(QStringLiteral("dismissAllButton"))->click();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(m_fx->session().store().outbox().rejectedCount(), 0);
        QVERIFY(indicator->isHidden());
    }

    void uploadProgressInTheStatusBar()
    {
        kj::ui::UploadProgress *progress = m_window->everyday()->uploadProgress();
        QVERIFY(progress->isHidden());
        QTemporaryDir dir;
        QImage image(1200, 900, QImage::Format_RGB32);
        image.fill(Qt::yellow);
        const QString path = dir.filePath(QStringLiteral("sun.png"));
        QVERIFY(image.save(path));
        QVERIFY(m_window->everyday()->diaryPhotos().queuePhoto(path, QStringLiteral("Diary photos"),
                                                               kj::Audience{kj::Visibility::Friends, {}}).ok());
        QVERIFY(progress->isVisible());
        QVERIFY2(progress->text().startsWith(QStringLiteral("1 file")) && progress->text().endsWith(QStringLiteral("waiting to upload")),
                 qPrintable(progress->text()));

        QStringList seen;
        connect(&m_fx->session().sync().uploads(), &kj::app::UploadPusher::fileProgress, this,
                [&] { seen.append(progress->text()); });
        QVERIFY(m_fx->syncOnce().ok());
        QVERIFY2(seen.contains(QStringLiteral("Uploading 1 of 1…")), qPrintable(seen.join(u'|')));
        QVERIFY(progress->isHidden());
    }

    void openSpaceFromTheFriendsPage()
    {
        QVERIFY(m_fx->syncOnce().ok());
        kj::ui::FriendsPage *friends = m_window->friendsPage();
        m_window->showPage(MainWindow::Page::Friends);
        QTRY_COMPARE(friends->friendList()->model()->rowCount(), 1);
        friends->friendList()->setCurrentIndex(friends->friendList()->model()->index(0, 0));
        friends->findChild<QPushButton *>(QStringLiteral("openSpaceButton"))->click();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Space);
    }

    void shortcutsAreListed()
    {
        const QList<kj::ui::ShortcutsDialog::Entry> entries = kj::ui::ShortcutsDialog::entriesOf(*m_window);
        QStringList what;
        for (const auto &entry : entries)
            what.append(entry.what);
        for (const QString &expected : {QStringLiteral("New diary"), QStringLiteral("Sync now"), QStringLiteral("Settings"),
                                        QStringLiteral("Keyboard shortcuts"), QStringLiteral("Link"), QStringLiteral("Bold")})
            QVERIFY2(what.contains(expected), qPrintable(expected + QStringLiteral(" missing from ") + what.join(u',')));
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<kj::ui::ShortcutsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->table()->rowCount() >= entries.size());
            shown = true;
            dialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
