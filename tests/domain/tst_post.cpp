#include "models/domain/ids.h"
#include "models/domain/post.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

namespace {
kj::Post samplePost()
{
    kj::Post post;
    post.id = kj::newItemId();
    post.author = kj::User{u"alice"_s, u"爱丽丝"_s, {}};
    post.text = u"今天天气真好 ☀️😀"_s;
    post.photoIds = {kj::newItemId(), kj::newItemId()};
    post.visibility = kj::Visibility::Friends;
    post.revision = 2;
    post.createdAt = *kj::fromRfc3339(u"2026-11-01T08:00:00.000Z"_s);
    post.updatedAt = *kj::fromRfc3339(u"2026-11-02T09:30:00.250Z"_s);
    return post;
}
QJsonObject validWrite()
{
    return {{u"text"_s, u"第一条说说"_s}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"friends"_s}};
}
QJsonArray ids(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(kj::newItemId());
    return array;
}
} // namespace

class TestPost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        const kj::Post post = samplePost();
        const QJsonObject json = post.toJson();
        QCOMPARE(json.value(u"kind"_s).toString(), u"post"_s);
        QCOMPARE(json.value(u"photoIds"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"visibility"_s).toString(), u"friends"_s);
        const kj::Result<kj::Post> back = kj::Post::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(*back, post);
    }
    void readsAnswersLeniently()
    {
        QJsonObject json = samplePost().toJson();
        json.insert(u"likeCount"_s, 3); // a list item carries more than the post
        json.insert(u"somethingNewer"_s, true);
        QVERIFY(kj::Post::fromJson(json).ok());
        json.remove(u"photoIds"_s);
        QCOMPARE(kj::Post::fromJson(json).error().code, ErrorCode::MissingField);
    }
    void acceptsAWrite()
    {
        const kj::Result<kj::PostWrite> write = kj::PostWrite::fromRequest(validWrite());
        QVERIFY(write.ok());
        QCOMPARE(write->text, u"第一条说说"_s);
        QVERIFY(write->photoIds.isEmpty());
        QCOMPARE(write->visibility, kj::Visibility::Friends);
        QCOMPARE(write->baseRevision, std::nullopt); // the contract's create sends none

        QJsonObject withBase = validWrite();
        withBase.insert(u"baseRevision"_s, 4);
        withBase.insert(u"photoIds"_s, ids(9));
        const kj::Result<kj::PostWrite> update = kj::PostWrite::fromRequest(withBase);
        QVERIFY(update.ok());
        QCOMPARE(update->baseRevision, std::optional<qint64>(4));
        QCOMPARE(update->photoIds.size(), 9);
        QCOMPARE(kj::PostWrite::fromRequest(update->toJson()).value().photoIds, update->photoIds);
    }
    void countsCharactersNotUnits()
    {
        const QString emoji = u"😀"_s; // two UTF-16 units, one character
        QCOMPARE(kj::characterCount(emoji), 1);
        QJsonObject json = validWrite();
        json.insert(u"text"_s, emoji.repeated(kj::Post::kMaxTextLength));
        QVERIFY(kj::PostWrite::fromRequest(json).ok());
        json.insert(u"text"_s, QString(emoji.repeated(kj::Post::kMaxTextLength) + u'x'));
        QCOMPARE(kj::PostWrite::fromRequest(json).error().code, ErrorCode::InvalidField);
        json.insert(u"text"_s, u"字"_s.repeated(kj::Post::kMaxTextLength));
        QVERIFY(kj::PostWrite::fromRequest(json).ok());
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
        const auto without = [](const QString &key) {
            QJsonObject json = validWrite();
            json.remove(key);
            return json;
        };
        const QString id = kj::newItemId();
        QTest::newRow("empty text") << with(u"text"_s, u""_s) << ErrorCode::InvalidField;
        QTest::newRow("blank text") << with(u"text"_s, u" \n\t"_s) << ErrorCode::InvalidField;
        QTest::newRow("text too long") << with(u"text"_s, u"a"_s.repeated(kj::Post::kMaxTextLength + 1)) << ErrorCode::InvalidField;
        QTest::newRow("text not a string") << with(u"text"_s, 5) << ErrorCode::InvalidField;
        QTest::newRow("no text") << without(u"text"_s) << ErrorCode::MissingField;
        QTest::newRow("no photoIds") << without(u"photoIds"_s) << ErrorCode::MissingField;
        QTest::newRow("photoIds not an array") << with(u"photoIds"_s, id) << ErrorCode::InvalidField;
        QTest::newRow("ten photos") << with(u"photoIds"_s, ids(10)) << ErrorCode::InvalidField;
        QTest::newRow("photo id upper case") << with(u"photoIds"_s, QJsonArray{id.toUpper()}) << ErrorCode::InvalidId;
        QTest::newRow("photo id a number") << with(u"photoIds"_s, QJsonArray{7}) << ErrorCode::InvalidId;
        QTest::newRow("photo id a path") << with(u"photoIds"_s, QJsonArray{u"../../etc/passwd"_s}) << ErrorCode::InvalidId;
        QTest::newRow("same photo twice") << with(u"photoIds"_s, QJsonArray{id, id}) << ErrorCode::InvalidField;
        QTest::newRow("no visibility") << without(u"visibility"_s) << ErrorCode::MissingField;
        QTest::newRow("unknown visibility") << with(u"visibility"_s, u"everyone"_s) << ErrorCode::InvalidField;
        QTest::newRow("negative base") << with(u"baseRevision"_s, -1) << ErrorCode::InvalidField;
        QTest::newRow("fractional base") << with(u"baseRevision"_s, 1.5) << ErrorCode::InvalidField;
        QTest::newRow("unknown field") << with(u"title"_s, u"x"_s) << ErrorCode::UnknownField;
    }
    void refusesBadWrites()
    {
        QFETCH(QJsonObject, body);
        QFETCH(ErrorCode, code);
        const kj::Result<kj::PostWrite> write = kj::PostWrite::fromRequest(body);
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, code);
    }
    void knowsARetry()
    {
        const kj::Post post = samplePost();
        kj::PostWrite write{post.text, post.photoIds, post.visibility, std::nullopt};
        QVERIFY(write.sameContentAs(post));
        write.photoIds = QStringList{post.photoIds.at(1), post.photoIds.at(0)}; // order is content
        QVERIFY(!write.sameContentAs(post));
        write.photoIds = post.photoIds;
        write.visibility = kj::Visibility::Public;
        QVERIFY(!write.sameContentAs(post));
    }
};

QTEST_APPLESS_MAIN(TestPost)
#include "tst_post.moc"
