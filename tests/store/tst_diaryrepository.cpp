#include "models/domain/ids.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"
#include "models/store/outbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::store::ClientStore;

class TestDiaryRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientStore> m_store;

    kj::store::DiaryRepository &diaries() { return m_store->diaries(); }

    static kj::Diary serverDiary(const QString &author, qint64 revision, const QString &body,
                                 kj::Visibility visibility = kj::Visibility::Friends, const QString &id = kj::newItemId())
    {
        kj::Diary diary;
        diary.id = id;
        diary.author = kj::User{author, author.toUpper(), {}};
        diary.title = u"from "_s + author;
        diary.body = body;
        diary.visibility = visibility;
        diary.revision = revision;
        diary.createdAt = kj::nowUtc().addSecs(-100);
        diary.updatedAt = kj::nowUtc().addSecs(-100 + revision);
        return diary;
    }

private Q_SLOTS:
    void init()
    {
        auto store = ClientStore::openInMemory(kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
    }

    void createsEditsAndLists()
    {
        auto created = diaries().saveMyDiary({}, u"first"_s, u"hello"_s, kj::Visibility::Friends);
        QVERIFY(created.ok());
        QVERIFY(kj::isValidItemId(created->diary.id));
        QCOMPARE(created->diary.author.username, u"alice"_s);
        QCOMPARE(created->diary.revision, 0);
        QVERIFY(created->pending);

        auto edited = diaries().saveMyDiary(created->diary.id, u"first!"_s, u"hello again"_s, kj::Visibility::Public);
        QVERIFY(edited.ok());
        QCOMPARE(edited->diary.createdAt, created->diary.createdAt);
        QCOMPARE(edited->diary.body, u"hello again"_s);
        QCOMPARE(diaries().countByAuthor(u"alice"_s), 1);
        QCOMPARE(diaries().listByAuthor(u"alice"_s).first().diary.title, u"first!"_s);
    }

    void groupsAudienceRoundTrips()
    {
        const QString g1 = kj::newItemId();
        const QString g2 = kj::newItemId();
        auto saved = diaries().saveMyDiary({}, u"for some"_s, u"b"_s, kj::Visibility::Groups, {g2, g1});
        QVERIFY(saved.ok());
        QStringList sorted{g1, g2};
        sorted.sort();
        QCOMPARE(saved->diary.groups, sorted);
        QCOMPARE(diaries().find(saved->diary.id)->diary.groups, sorted);
        // The same again changes nothing; other groups are an edit.
        const int queued = m_store->outbox().entries().size();
        QVERIFY(diaries().saveMyDiary(saved->diary.id, u"for some"_s, u"b"_s, kj::Visibility::Groups, {g1, g2}).ok());
        QCOMPARE(m_store->outbox().entries().size(), queued);
        QCOMPARE(diaries().saveMyDiary(saved->diary.id, u"for some"_s, u"b"_s, kj::Visibility::Groups, {g1})->diary.groups,
                 QStringList{g1});
        // Groups only go with the "groups" visibility, and that visibility needs some.
        QCOMPARE(diaries().saveMyDiary(saved->diary.id, u"t"_s, u"b"_s, kj::Visibility::Friends, {g1})->diary.groups, QStringList());
        QVERIFY(!diaries().saveMyDiary({}, u"t"_s, u"b"_s, kj::Visibility::Groups, {}).ok());
        QVERIFY(!diaries().saveMyDiary({}, u"t"_s, u"b"_s, kj::Visibility::Groups, {u"nope"_s}).ok());

        // A copy from the server keeps its groups (the server shows them to me, the owner).
        kj::Diary mine = serverDiary(u"alice"_s, 3, u"synced"_s, kj::Visibility::Groups);
        mine.groups = {g2};
        QVERIFY(diaries().applyServerDiary(mine).value());
        QCOMPARE(diaries().find(mine.id)->diary, mine);
        QVERIFY(diaries().rebase(mine.id, u"t"_s, u"merged"_s, kj::Visibility::Groups, 3, {g1}).ok());
        QCOMPARE(diaries().find(mine.id)->diary.groups, QStringList{g1});
    }

    void emptyTitleAndBodyAreEmptyTextNotNull()
    {
        // QString() is null; the store must keep it as empty text, not refuse it as SQL NULL.
        auto saved = diaries().saveMyDiary({}, QString(), QString(), kj::Visibility::Private);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const auto found = diaries().find(saved->diary.id);
        QVERIFY(found.has_value());
        QVERIFY(found->diary.title.isEmpty());
        QVERIFY(found->diary.body.isEmpty());
    }

    void rejectsBadInputAndOthersDiaries()
    {
        QCOMPARE(diaries().saveMyDiary({}, QString(201, u'x'), u"b"_s, kj::Visibility::Public).error().code,
                 kj::ErrorCode::InvalidField);
        QCOMPARE(diaries().saveMyDiary(u"not-a-uuid"_s, u"t"_s, u"b"_s, kj::Visibility::Public).error().code,
                 kj::ErrorCode::InvalidId);
        const kj::Diary bobs = serverDiary(u"bob"_s, 1, u"bob's words"_s);
        QVERIFY(diaries().applyServerDiary(bobs).ok());
        QCOMPARE(diaries().saveMyDiary(bobs.id, u"t"_s, u"mine now"_s, kj::Visibility::Public).error().code,
                 kj::ErrorCode::Forbidden);
        QCOMPARE(diaries().deleteMyDiary(bobs.id).error().code, kj::ErrorCode::Forbidden);
        QCOMPARE(diaries().find(bobs.id)->diary.body, u"bob's words"_s);
        QCOMPARE(m_store->outbox().pendingCount(), 0);
    }

    void deleteOfAnUnsentDiaryLeavesNothing()
    {
        auto created = diaries().saveMyDiary({}, u"t"_s, u"b"_s, kj::Visibility::Private);
        QVERIFY(created.ok());
        QVERIFY(diaries().deleteMyDiary(created->diary.id).ok());
        QVERIFY(!diaries().findRow(created->diary.id).has_value());
        QCOMPARE(m_store->outbox().pendingCount(), 0);
    }

    void deleteOfASyncedDiaryIsATombstone()
    {
        auto created = diaries().saveMyDiary({}, u"t"_s, u"b"_s, kj::Visibility::Private);
        QVERIFY(created.ok());
        kj::Diary server = created->diary;
        server.revision = 1;
        QVERIFY(diaries().recordPushed(m_store->outbox().head()->seq, server).ok());
        QVERIFY(!diaries().find(server.id)->pending);

        QVERIFY(diaries().deleteMyDiary(server.id).ok());
        QVERIFY(!diaries().find(server.id).has_value());
        const auto row = diaries().findRow(server.id);
        QVERIFY(row && row->deleted);
        QCOMPARE(m_store->outbox().head()->op, kj::store::OutboxEntry::Op::Delete);
        QCOMPARE(diaries().countByAuthor(u"alice"_s), 0);
        QCOMPARE(diaries().saveMyDiary(server.id, u"t"_s, u"again"_s, kj::Visibility::Private).error().code,
                 kj::ErrorCode::NotFound);

        QVERIFY(diaries().recordDeletePushed(m_store->outbox().head()->seq, server.id).ok());
        QVERIFY(!diaries().findRow(server.id).has_value());
        QCOMPARE(m_store->outbox().pendingCount(), 0);
    }

    void serverCopiesNeverOverwriteAPendingChange()
    {
        auto mine = diaries().saveMyDiary({}, u"t"_s, u"my unsynced words"_s, kj::Visibility::Friends);
        QVERIFY(mine.ok());
        kj::Diary theirs = serverDiary(u"alice"_s, 5, u"from another device"_s, kj::Visibility::Friends, mine->diary.id);
        QCOMPARE(diaries().applyServerDiary(theirs).value(), false);
        QCOMPARE(diaries().find(mine->diary.id)->diary.body, u"my unsynced words"_s);
        QCOMPARE(diaries().removeDiary(mine->diary.id).value(), false);
        QVERIFY(diaries().find(mine->diary.id).has_value());
    }

    void serverCopiesAreCachedAndNewerWins()
    {
        const kj::Diary v2 = serverDiary(u"bob"_s, 2, u"v2"_s);
        QCOMPARE(diaries().applyServerDiary(v2).value(), true);
        kj::Diary v1 = v2;
        v1.revision = 1;
        v1.body = u"v1"_s;
        QCOMPARE(diaries().applyServerDiary(v1).value(), false);
        QCOMPARE(diaries().find(v2.id)->diary.body, u"v2"_s);
        QCOMPARE(diaries().find(v2.id)->diary.author.displayName, u"BOB"_s);
        QCOMPARE(diaries().removeDiary(v2.id).value(), true);
        QVERIFY(!diaries().find(v2.id).has_value());
    }

    void aFirstServerCopyKeepsItsReactionsAndBase()
    {
        QSignalSpy changed(m_store.get(), &kj::store::ClientStore::diariesChanged);
        const kj::Diary bobs = serverDiary(u"bob"_s, 3, u"first copy"_s);
        QCOMPARE(diaries().applyServerDiary(bobs, kj::Reactions{4, 2, true}).value(), true);
        QCOMPARE(changed.count(), 1);
        std::optional<kj::store::DiaryRepository::Row> row = diaries().findRow(bobs.id);
        QVERIFY(row.has_value());
        QCOMPARE(row->local.diary.body, u"first copy"_s);
        QCOMPARE(row->local.reactions, (kj::Reactions{4, 2, true}));
        QVERIFY(!row->local.pending);
        QVERIFY(row->base.has_value());
        QCOMPARE(row->base->body, u"first copy"_s);

        // The same copy again changes nothing; new reactions alone are recorded, the words stay.
        QCOMPARE(diaries().applyServerDiary(bobs, kj::Reactions{4, 2, true}).value(), false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(diaries().applyServerDiary(bobs, kj::Reactions{5, 2, false}).value(), false);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(diaries().findRow(bobs.id)->local.reactions, (kj::Reactions{5, 2, false}));
        // A first copy without reactions counts none.
        const kj::Diary carols = serverDiary(u"carol"_s, 1, u"no reactions said"_s);
        QCOMPARE(diaries().applyServerDiary(carols).value(), true);
        QCOMPARE(diaries().findRow(carols.id)->local.reactions, kj::Reactions{});
    }

    void feedHasFriendsAndMeNewestFirst()
    {
        QVERIFY(m_store->friends().upsertFriend(kj::Friend{kj::User{u"bob"_s, u"Bob"_s, {}}, kj::nowUtc()}).ok());
        const kj::Diary bobs = serverDiary(u"bob"_s, 1, u"bob"_s);
        const kj::Diary carols = serverDiary(u"carol"_s, 1, u"carol, not a friend"_s, kj::Visibility::Public);
        QVERIFY(diaries().applyServerDiary(bobs).ok());
        QVERIFY(diaries().applyServerDiary(carols).ok());
        auto mine = diaries().saveMyDiary({}, u"mine"_s, u"newest"_s, kj::Visibility::Private);
        QVERIFY(mine.ok());
        const QList<kj::store::LocalDiary> feed = diaries().feed(10, 0);
        QCOMPARE(feed.size(), 2);
        QCOMPARE(feed.at(0).diary.id, mine->diary.id);
        QCOMPARE(feed.at(1).diary.id, bobs.id);
        QCOMPARE(diaries().feedCount(), 2);
        QCOMPARE(diaries().feed(1, 1).first().diary.id, bobs.id);
    }

    void unfriendDropsTheirItemsButNeverMine()
    {
        QVERIFY(diaries().applyServerDiary(serverDiary(u"bob"_s, 1, u"a"_s)).ok());
        QVERIFY(diaries().applyServerDiary(serverDiary(u"bob"_s, 1, u"b"_s)).ok());
        QVERIFY(diaries().saveMyDiary({}, u"mine"_s, u"x"_s, kj::Visibility::Friends).ok());
        QVERIFY(diaries().removeByAuthor(u"bob"_s).ok());
        QCOMPARE(diaries().countByAuthor(u"bob"_s), 0);
        QVERIFY(diaries().removeByAuthor(u"alice"_s).ok());
        QCOMPARE(diaries().countByAuthor(u"alice"_s), 1);
    }

    void recordPushedKeepsALaterEdit()
    {
        auto created = diaries().saveMyDiary({}, u"t"_s, u"one"_s, kj::Visibility::Private);
        QVERIFY(created.ok());
        const qint64 seq = m_store->outbox().head()->seq;
        QVERIFY(m_store->outbox().markInFlight(seq).ok());
        QVERIFY(diaries().saveMyDiary(created->diary.id, u"t"_s, u"two"_s, kj::Visibility::Private).ok());
        kj::Diary server = created->diary;
        server.revision = 1;
        QVERIFY(diaries().recordPushed(seq, server).ok());
        const auto local = diaries().find(server.id);
        QCOMPARE(local->diary.body, u"two"_s); // the later edit survives
        QCOMPARE(local->diary.revision, 1);    // and builds on the new revision
        QVERIFY(local->pending);
    }

    void rebaseAndDetach()
    {
        auto created = diaries().saveMyDiary({}, u"t"_s, u"mine"_s, kj::Visibility::Friends);
        QVERIFY(created.ok());
        QVERIFY(diaries().rebase(created->diary.id, u"t"_s, u"mine + theirs"_s, kj::Visibility::Private, 7).ok());
        QCOMPARE(diaries().find(created->diary.id)->diary.revision, 7);
        QVERIFY(diaries().find(created->diary.id)->pending);

        auto detached = diaries().detach(created->diary.id);
        QVERIFY(detached.ok());
        QVERIFY(!diaries().findRow(created->diary.id).has_value());
        const auto moved = diaries().find(*detached);
        QVERIFY(moved.has_value());
        QCOMPARE(moved->diary.body, u"mine + theirs"_s);
        QCOMPARE(moved->diary.revision, 0);
        QCOMPARE(m_store->outbox().pendingCount(), 1);
        QCOMPARE(m_store->outbox().head()->itemId, *detached);
    }

    // The merge base is the server's content at the revision the local copy builds on: set with every
    // server copy taken, untouched by my edits, unknown for what never reached the server.
    void keepsTheServersContentAsTheMergeBase()
    {
        using Base = kj::store::DiaryRepository::Row::Base;
        auto baseOf = [this](const QString &id) { return diaries().findRow(id)->base; };
        auto sameBase = [](const std::optional<Base> &base, const QString &title, const QString &body) {
            return base && base->title == title && base->body == body;
        };

        auto created = diaries().saveMyDiary({}, u"t"_s, u"draft"_s, kj::Visibility::Friends);
        QVERIFY(created.ok());
        const QString id = created->diary.id;
        QVERIFY(!baseOf(id).has_value()); // never on the server

        kj::Diary server = serverDiary(u"alice"_s, 1, u"first\nsecond"_s, kj::Visibility::Friends, id);
        QVERIFY(diaries().recordPushed(m_store->outbox().head()->seq, server).ok());
        QVERIFY(sameBase(baseOf(id), server.title, u"first\nsecond"_s));

        // My edit changes the content, not the base.
        QVERIFY(diaries().saveMyDiary(id, u"new title"_s, u"first, edited\nsecond"_s, kj::Visibility::Friends).ok());
        QCOMPARE(diaries().find(id)->diary.body, u"first, edited\nsecond"_s);
        QVERIFY(sameBase(baseOf(id), server.title, u"first\nsecond"_s));
        // A newer server copy while my edit waits is not taken, nor its base.
        QVERIFY(!diaries().applyServerDiary(serverDiary(u"alice"_s, 2, u"elsewhere"_s, kj::Visibility::Friends, id)).value());
        QVERIFY(sameBase(baseOf(id), server.title, u"first\nsecond"_s));

        // Merged with the server's revision 2: the new base is what the server has at 2.
        kj::Diary current = serverDiary(u"alice"_s, 2, u"first\nsecond, theirs"_s, kj::Visibility::Friends, id);
        QVERIFY(diaries().rebaseOnto(current, u"new title"_s, u"first, edited\nsecond, theirs"_s, kj::Visibility::Friends).ok());
        QCOMPARE(diaries().find(id)->diary.revision, 2);
        QCOMPARE(diaries().find(id)->diary.body, u"first, edited\nsecond, theirs"_s);
        QVERIFY(diaries().find(id)->pending);
        QVERIFY(sameBase(baseOf(id), current.title, u"first\nsecond, theirs"_s));

        // Pushed while a later edit is queued: the later edit stays, the base is what was pushed.
        const qint64 seq = m_store->outbox().head()->seq;
        QVERIFY(m_store->outbox().markInFlight(seq).ok());
        QVERIFY(diaries().saveMyDiary(id, u"new title"_s, u"later"_s, kj::Visibility::Friends).ok());
        kj::Diary pushed = current;
        pushed.revision = 3;
        pushed.title = u"new title"_s;
        pushed.body = u"first, edited\nsecond, theirs"_s;
        QVERIFY(diaries().recordPushed(seq, pushed).ok());
        QCOMPARE(diaries().find(id)->diary.body, u"later"_s);
        QCOMPARE(diaries().find(id)->diary.revision, 3);
        QVERIFY(sameBase(baseOf(id), u"new title"_s, u"first, edited\nsecond, theirs"_s));

        // A rebase without the server's content leaves the base unknown; a server copy sets it again.
        QVERIFY(diaries().rebase(id, u"t"_s, u"b"_s, kj::Visibility::Friends, 4).ok());
        QVERIFY(!baseOf(id).has_value());
        QVERIFY(m_store->outbox().removeItem(u"diary"_s, id).ok());
        QVERIFY(diaries().applyServerDiary(serverDiary(u"alice"_s, 5, u"five"_s, kj::Visibility::Friends, id)).value());
        QVERIFY(sameBase(baseOf(id), u"from alice"_s, u"five"_s));
        // The same copy again, with the base known, writes nothing.
        QVERIFY(!diaries().applyServerDiary(diaries().find(id)->diary).value());
    }
};

QTEST_GUILESS_MAIN(TestDiaryRepository)
#include "tst_diaryrepository.moc"
