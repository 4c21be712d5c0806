#include "app/services/newactivitytracker.h"

#include <QTest>

using kj::Notification;
using kj::NotificationType;

// What counts as news for the tray: unread comments, likes and guestbook messages not seen before.
class TestNewActivityTracker : public QObject
{
    Q_OBJECT

private:
    static Notification make(qint64 id, NotificationType type, bool read = false)
    {
        Notification n;
        n.id = id;
        n.type = type;
        n.actor = kj::User{QStringLiteral("mei"), QStringLiteral("mei"), {}};
        n.read = read;
        return n;
    }

    static QList<qint64> ids(const QList<Notification> &list)
    {
        QList<qint64> result;
        for (const Notification &n : list)
            result.append(n.id);
        return result;
    }

private Q_SLOTS:
    void theFirstLookOnlySetsTheMark()
    {
        kj::app::NewActivityTracker tracker;
        QVERIFY(!tracker.lastSeenId());
        QVERIFY(tracker.takeNew({make(3, NotificationType::Comment), make(1, NotificationType::Like)}).isEmpty());
        QCOMPARE(tracker.lastSeenId(), std::optional<qint64>(3));
        // Nothing at all on the first look still sets a mark: what comes next is news.
        kj::app::NewActivityTracker empty;
        QVERIFY(empty.takeNew({}).isEmpty());
        QCOMPARE(empty.lastSeenId(), std::optional<qint64>(0));
        QCOMPARE(ids(empty.takeNew({make(1, NotificationType::Guestbook)})), QList<qint64>{1});
    }

    void eachIsAnnouncedOnce()
    {
        kj::app::NewActivityTracker tracker(2);
        const QList<Notification> page{make(5, NotificationType::Like), make(4, NotificationType::Comment),
                                       make(2, NotificationType::Guestbook)};
        QCOMPARE(ids(tracker.takeNew(page)), (QList<qint64>{5, 4}));
        QVERIFY(tracker.takeNew(page).isEmpty());
        QCOMPARE(tracker.lastSeenId(), std::optional<qint64>(5));
        QCOMPARE(ids(tracker.takeNew(QList<Notification>{make(6, NotificationType::Reply)} + page)), QList<qint64>{6});
    }

    void readOnesAndOtherKindsAreNotNews()
    {
        kj::app::NewActivityTracker tracker(0);
        const QList<Notification> page{make(6, NotificationType::FriendRequest), make(5, NotificationType::FriendAccepted),
                                       make(4, NotificationType::Repost), make(3, NotificationType::Comment, true),
                                       make(2, NotificationType::GuestbookReply), make(1, NotificationType::Guestbook)};
        QCOMPARE(ids(tracker.takeNew(page)), (QList<qint64>{2, 1}));
        // Read elsewhere in the meantime, then seen: the mark still moved past them.
        QCOMPARE(tracker.lastSeenId(), std::optional<qint64>(6));
    }
};

QTEST_GUILESS_MAIN(TestNewActivityTracker)
#include "tst_newactivitytracker.moc"
