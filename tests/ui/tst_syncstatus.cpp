#include "models/domain/error.h"
#include "ui/errortext.h"
#include "ui/relativetime.h"
#include "ui/syncstatus.h"

#include <QTest>
#include "ui/translations.h"

using kj::ui::SyncStatus;
using State = kj::app::SyncEngine::State;

// The words of the status bar, the relative times and the error sentences: pure functions of their input.
class TestSyncStatus : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC);

private Q_SLOTS:
    void initTestCase()
    {
        // The words the tests compare are the English ones, plural forms included.
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void statusText_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("pending");
        QTest::addColumn<int>("lastSyncedSecondsAgo"); // -1: never
        QTest::addColumn<int>("retryIn");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("icon");
        QTest::newRow("synced minutes ago") << int(State::Idle) << 0 << 120 << 0 << QStringLiteral("Synced 2 minutes ago") << QStringLiteral("synced");
        QTest::newRow("synced just now") << int(State::Idle) << 0 << 5 << 0 << QStringLiteral("Synced just now") << QStringLiteral("synced");
        QTest::newRow("synced, one waiting") << int(State::Idle) << 1 << 60 << 0 << QStringLiteral("Synced 1 minute ago — 1 change waiting") << QStringLiteral("pending");
        QTest::newRow("never") << int(State::Idle) << 0 << -1 << 0 << QStringLiteral("Not synced yet") << QStringLiteral("pending");
        QTest::newRow("syncing") << int(State::Syncing) << 2 << 60 << 0 << QStringLiteral("Syncing…") << QStringLiteral("syncing");
        QTest::newRow("offline") << int(State::Offline) << 3 << 600 << 30 << QStringLiteral("Offline — 3 changes waiting, retrying in 30 s") << QStringLiteral("offline");
        QTest::newRow("offline, nothing waiting") << int(State::Offline) << 0 << 600 << 5 << QStringLiteral("Offline — retrying in 5 s") << QStringLiteral("offline");
        QTest::newRow("signed out") << int(State::SignedOut) << 4 << 600 << 0 << QStringLiteral("Sign in again") << QStringLiteral("sign-in");
        QTest::newRow("error") << int(State::Error) << 0 << 600 << 0 << QStringLiteral("Sync failed") << QStringLiteral("warning");
    }

    void refusedChangesAreShownUntilDismissed()
    {
        SyncStatus status;
        status.lastSyncedAt = m_now.addSecs(-5);
        status.rejectedCount = 2;
        QCOMPARE(status.text(m_now), QStringLiteral("Synced just now — 2 changes refused by the server"));
        QCOMPARE(status.iconName(), QStringLiteral("warning"));
        QVERIFY(status.toolTip().contains(QStringLiteral("Settings › Refused changes")));
        status.pendingCount = 1; // what waits to be sent comes first
        QCOMPARE(status.text(m_now), QStringLiteral("Synced just now — 1 change waiting"));
        status.pendingCount = 0;
        status.rejectedCount = 0;
        QCOMPARE(status.text(m_now), QStringLiteral("Synced just now"));
        QCOMPARE(status.iconName(), QStringLiteral("synced"));
    }

    void statusText()
    {
        QFETCH(int, state);
        QFETCH(int, pending);
        QFETCH(int, lastSyncedSecondsAgo);
        QFETCH(int, retryIn);
        QFETCH(QString, expected);
        QFETCH(QString, icon);
        SyncStatus status;
        status.state = State(state);
        status.pendingCount = pending;
        if (lastSyncedSecondsAgo >= 0)
            status.lastSyncedAt = m_now.addSecs(-lastSyncedSecondsAgo);
        status.retryIn = std::chrono::seconds(retryIn);
        QCOMPARE(status.text(m_now), expected);
        QCOMPARE(status.iconName(), icon);
        QVERIFY(!status.toolTip().isEmpty());
    }

    void errorToolTipUsesTheErrorText()
    {
        SyncStatus status;
        status.state = State::Error;
        status.lastError = kj::fail(kj::ErrorCode::Forbidden, QStringLiteral("nope"));
        QVERIFY(status.toolTip().startsWith(kj::ui::errorText(*status.lastError)));
    }

    void relativeTimes()
    {
        QCOMPARE(kj::ui::relativeTime({}, m_now), QStringLiteral("never"));
        QCOMPARE(kj::ui::relativeTime(m_now.addSecs(30), m_now), QStringLiteral("just now")); // a clock ahead
        QCOMPARE(kj::ui::relativeTime(m_now.addSecs(-59 * 60), m_now), QStringLiteral("59 minutes ago"));
        const QDateTime earlierToday = QDateTime(m_now.toLocalTime().date(), QTime(0, 5)).toUTC();
        if (earlierToday.secsTo(m_now) >= 3600)
            QVERIFY(kj::ui::relativeTime(earlierToday, m_now).endsWith(QStringLiteral("ago")));
        QVERIFY(kj::ui::relativeTime(m_now.addDays(-1), m_now).startsWith(QStringLiteral("yesterday")));
        QCOMPARE(kj::ui::relativeTime(QDateTime(QDate(2020, 3, 14), QTime(12, 0), Qt::UTC), m_now),
                 QLocale().toString(QDate(2020, 3, 14), QStringLiteral("MMM d, yyyy")));
    }

    void everyErrorCodeHasWords()
    {
        for (int code = int(kj::ErrorCode::MalformedJson); code <= int(kj::ErrorCode::Cancelled); ++code) {
            const QString text = kj::ui::errorText(kj::fail(kj::ErrorCode(code), QStringLiteral("detail")));
            QVERIFY2(!text.isEmpty() && text != QStringLiteral("Something went wrong."), qPrintable(QString::number(code)));
        }
        QCOMPARE(kj::ui::errorText(kj::fail(kj::ErrorCode::BadCredentials, QStringLiteral("x"))),
                 QStringLiteral("The username or password is wrong."));
        // A field error says which field; a credentials error does not repeat the server's English.
        QVERIFY(kj::ui::errorText(kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("\"title\" is too long")))
                    .contains(QStringLiteral("\"title\" is too long")));
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
