#include "models/domain/guestbook.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

namespace {
kj::GuestbookEntry sample()
{
    kj::GuestbookEntry entry;
    entry.id = kj::newItemId();
    entry.spaceOwner = kj::User{u"alice"_s, u"爱丽丝"_s, {}};
    entry.author = kj::User{u"bob"_s, u"Bob"_s, {}};
    entry.text = u"来踩踩"_s;
    entry.isPrivate = true;
    entry.createdAt = *kj::fromRfc3339(u"2026-11-01T08:00:00.000Z"_s);
    return entry;
}
QJsonObject write(const QJsonValue &id, const QJsonValue &text, const QJsonValue &isPrivate)
{
    return {{u"id"_s, id}, {u"text"_s, text}, {u"private"_s, isPrivate}};
}
} // namespace

class TestGuestbook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        kj::GuestbookEntry entry = sample();
        QJsonObject json = entry.toJson();
        QCOMPARE(json.value(u"reply"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(json.value(u"private"_s), QJsonValue(true));
        QCOMPARE(json.value(u"spaceOwner"_s).toObject().value(u"username"_s).toString(), u"alice"_s);
        auto decoded = kj::GuestbookEntry::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, entry);

        entry.reply = kj::GuestbookReply{u"谢谢"_s, *kj::fromRfc3339(u"2026-11-02T08:00:00.000Z"_s)};
        json = entry.toJson();
        QCOMPARE(json.value(u"reply"_s).toObject().value(u"text"_s).toString(), u"谢谢"_s);
        decoded = kj::GuestbookEntry::fromJson(json);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, entry);
    }

    void answersAreCheckedLeniently()
    {
        QJsonObject json = sample().toJson();
        json.insert(u"likeCount"_s, 2);
        QVERIFY(kj::GuestbookEntry::fromJson(json).ok());
        json = sample().toJson();
        json.remove(u"reply"_s);
        QVERIFY(kj::GuestbookEntry::fromJson(json).ok());
        json.insert(u"reply"_s, u"thanks"_s);
        QVERIFY(!kj::GuestbookEntry::fromJson(json).ok());
        json.insert(u"reply"_s, QJsonObject{{u"text"_s, u"x"_s}});
        QVERIFY(!kj::GuestbookEntry::fromJson(json).ok()); // no "at"
        json = sample().toJson();
        json.insert(u"private"_s, u"no"_s);
        QVERIFY(!kj::GuestbookEntry::fromJson(json).ok());
        json = sample().toJson();
        json.insert(u"author"_s, QJsonObject{{u"username"_s, u"Not Valid"_s}, {u"displayName"_s, u"x"_s}});
        QVERIFY(!kj::GuestbookEntry::fromJson(json).ok());
    }

    void parsesAWrite()
    {
        const QString id = kj::newItemId();
        auto parsed = kj::GuestbookWrite::fromRequest(write(id, u"你好"_s, true));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->id, id);
        QVERIFY(parsed->isPrivate);
        parsed = kj::GuestbookWrite::fromRequest({{u"id"_s, id}, {u"text"_s, u"hi"_s}});
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->isPrivate); // "private" defaults to false
        QCOMPARE(kj::GuestbookWrite::fromRequest(parsed->toJson())->text, u"hi"_s);
        QVERIFY(parsed->sameContentAs(kj::GuestbookEntry{id, {}, {}, u"hi"_s, false, {}, {}}));
        QVERIFY(!parsed->sameContentAs(kj::GuestbookEntry{id, {}, {}, u"hi"_s, true, {}, {}}));
        QVERIFY(!parsed->sameContentAs(kj::GuestbookEntry{id, {}, {}, u"hi!"_s, false, {}, {}}));
        QVERIFY(kj::GuestbookWrite::fromRequest(write(id, QString(2000, u'字'), false)).ok());
    }

    void rejectsBadWrites_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<ErrorCode>("code");
        const QString id = kj::newItemId();
        QTest::newRow("no id") << QJsonObject{{u"text"_s, u"x"_s}} << ErrorCode::MissingField;
        QTest::newRow("bad id") << write(u"1234"_s, u"x"_s, false) << ErrorCode::InvalidField;
        QTest::newRow("upper-case id") << write(id.toUpper(), u"x"_s, false) << ErrorCode::InvalidId;
        QTest::newRow("empty text") << write(id, u""_s, false) << ErrorCode::InvalidField;
        QTest::newRow("blank text") << write(id, u" \n\t"_s, false) << ErrorCode::InvalidField;
        QTest::newRow("long text") << write(id, QString(2001, u'x'), false) << ErrorCode::InvalidField;
        QTest::newRow("text number") << write(id, 3, false) << ErrorCode::InvalidField;
        QTest::newRow("private string") << write(id, u"x"_s, u"true"_s) << ErrorCode::InvalidField;
        QJsonObject extra = write(id, u"x"_s, false);
        extra.insert(u"author"_s, u"mallory"_s);
        QTest::newRow("author given") << extra << ErrorCode::UnknownField;
    }

    void rejectsBadWrites()
    {
        QFETCH(QJsonObject, json);
        QFETCH(ErrorCode, code);
        auto parsed = kj::GuestbookWrite::fromRequest(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
    }

    void parsesAReply()
    {
        auto parsed = kj::GuestbookReplyWrite::fromRequest({{u"text"_s, u"谢谢来访"_s}});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->text, u"谢谢来访"_s);
        QCOMPARE(parsed->toJson().value(u"text"_s).toString(), u"谢谢来访"_s);
        QCOMPARE(kj::GuestbookReplyWrite::fromRequest({}).error().code, ErrorCode::MissingField);
        QCOMPARE(kj::GuestbookReplyWrite::fromRequest({{u"text"_s, u"  "_s}}).error().code, ErrorCode::InvalidField);
        QCOMPARE(kj::GuestbookReplyWrite::fromRequest({{u"text"_s, u"x"_s}, {u"at"_s, u"now"_s}}).error().code,
                 ErrorCode::UnknownField);
        QCOMPARE(kj::GuestbookReplyWrite::fromRequest({{u"text"_s, QString(2001, u'x')}}).error().code, ErrorCode::InvalidField);
    }
};

QTEST_APPLESS_MAIN(TestGuestbook)
#include "tst_guestbook.moc"
