#include "models/domain/comment.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

namespace {
kj::Comment sampleComment()
{
    kj::Comment comment;
    comment.id = kj::newItemId();
    comment.itemKind = kj::ItemKind::Post;
    comment.itemId = kj::newItemId();
    comment.author = kj::User{u"bob"_s, u"Bob"_s, {}};
    comment.text = u"好看 👍"_s;
    comment.replyTo = kj::newItemId();
    comment.createdAt = *kj::fromRfc3339(u"2026-11-03T10:00:00.000Z"_s);
    return comment;
}
QJsonObject validWrite()
{
    return {{u"id"_s, kj::newItemId()}, {u"text"_s, u"好看"_s}};
}
} // namespace

class TestComment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        kj::Comment comment = sampleComment();
        QJsonObject json = comment.toJson();
        QCOMPARE(json.value(u"itemKind"_s).toString(), u"post"_s);
        QCOMPARE(kj::Comment::fromJson(json).value(), comment);
        comment.replyTo.reset();
        json = comment.toJson();
        QVERIFY(json.value(u"replyTo"_s).isNull());
        QCOMPARE(kj::Comment::fromJson(json).value(), comment);
        json.insert(u"itemKind"_s, u"guestbook"_s);
        QCOMPARE(kj::Comment::fromJson(json).error().code, ErrorCode::InvalidField);
    }
    void acceptsAWrite()
    {
        QJsonObject body = validWrite();
        kj::Result<kj::CommentWrite> write = kj::CommentWrite::fromRequest(body);
        QVERIFY(write.ok());
        QCOMPARE(write->replyTo, std::nullopt);
        const QString parent = kj::newItemId();
        body.insert(u"replyTo"_s, parent);
        write = kj::CommentWrite::fromRequest(body);
        QVERIFY(write.ok());
        QCOMPARE(write->replyTo, std::optional(parent));
        QCOMPARE(kj::CommentWrite::fromRequest(write->toJson()).value().replyTo, std::optional(parent));
        body.insert(u"replyTo"_s, QJsonValue::Null);
        QCOMPARE(kj::CommentWrite::fromRequest(body).value().replyTo, std::nullopt);
        body.insert(u"text"_s, u"😀"_s.repeated(kj::Comment::kMaxTextLength));
        QVERIFY(kj::CommentWrite::fromRequest(body).ok());
    }
    void refusesBadWrites_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<ErrorCode>("code");
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject json = validWrite();
            json.insert(key, value);
            return json;
        };
        QJsonObject noId = validWrite();
        noId.remove(u"id"_s);
        QTest::newRow("no id") << noId << ErrorCode::MissingField;
        QTest::newRow("bad id") << with(u"id"_s, u"not-a-uuid"_s) << ErrorCode::InvalidField;
        QTest::newRow("upper-case id") << with(u"id"_s, kj::newItemId().toUpper()) << ErrorCode::InvalidId;
        QTest::newRow("empty text") << with(u"text"_s, u""_s) << ErrorCode::InvalidField;
        QTest::newRow("blank text") << with(u"text"_s, u"   "_s) << ErrorCode::InvalidField;
        QTest::newRow("text too long") << with(u"text"_s, u"a"_s.repeated(kj::Comment::kMaxTextLength + 1)) << ErrorCode::InvalidField;
        QTest::newRow("bad replyTo") << with(u"replyTo"_s, u"x"_s) << ErrorCode::InvalidId;
        QTest::newRow("replyTo a number") << with(u"replyTo"_s, 3) << ErrorCode::InvalidField;
        QTest::newRow("unknown field") << with(u"private"_s, true) << ErrorCode::UnknownField;
    }
    void refusesBadWrites()
    {
        QFETCH(QJsonObject, body);
        QFETCH(ErrorCode, code);
        const kj::Result<kj::CommentWrite> write = kj::CommentWrite::fromRequest(body);
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, code);
    }
    void knowsARetry()
    {
        const kj::Comment comment = sampleComment();
        kj::CommentWrite write{comment.id, comment.text, comment.replyTo};
        QVERIFY(write.sameContentAs(comment));
        write.replyTo.reset();
        QVERIFY(!write.sameContentAs(comment));
        write.replyTo = comment.replyTo;
        write.text += u'!';
        QVERIFY(!write.sameContentAs(comment));
    }
    void reactionsJoinAnItem()
    {
        QJsonObject item{{u"id"_s, kj::newItemId()}};
        QCOMPARE(kj::Reactions::fromJson(item).value(), kj::Reactions{}); // absent: none yet
        const kj::Reactions reactions{3, 5, true};
        reactions.addTo(item);
        QCOMPARE(item.value(u"likeCount"_s).toInt(), 3);
        QCOMPARE(kj::Reactions::fromJson(item).value(), reactions);
        item.insert(u"likedByMe"_s, u"yes"_s);
        QCOMPARE(kj::Reactions::fromJson(item).error().code, ErrorCode::InvalidField);
    }
};

QTEST_APPLESS_MAIN(TestComment)
#include "tst_comment.moc"
