#include "models/domain/diary.h"
#include "models/domain/ids.h"
#include "models/domain/timestamp.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::ErrorCode;

namespace {
kj::Diary sampleDiary()
{
    kj::Diary diary;
    diary.id = kj::newItemId();
    diary.author = kj::User{u"alice"_s, u"爱丽丝"_s, {}};
    diary.title = u"公园"_s;
    diary.body = u"今天去**公园**散步。\n\n- 风\n- 树"_s;
    diary.visibility = kj::Visibility::Friends;
    diary.revision = 3;
    diary.createdAt = *kj::fromRfc3339(u"2026-11-01T08:00:00.000Z"_s);
    diary.updatedAt = *kj::fromRfc3339(u"2026-11-02T09:30:00.250Z"_s);
    return diary;
}
QJsonObject validWrite()
{
    return {{u"title"_s, u"t"_s}, {u"body"_s, u"b"_s}, {u"visibility"_s, u"public"_s}, {u"baseRevision"_s, QJsonValue::Null}};
}
} // namespace

class TestDiary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        const kj::Diary diary = sampleDiary();
        const QJsonObject json = diary.toJson();
        QCOMPARE(json.value(u"kind"_s).toString(), u"diary"_s);
        QCOMPARE(json.value(u"visibility"_s).toString(), u"friends"_s);
        QCOMPARE(json.value(u"updatedAt"_s).toString(), u"2026-11-02T09:30:00.250Z"_s);
        auto decoded = kj::Diary::fromJson(json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(*decoded, diary);
    }

    void answerWithExtraFieldsIsAccepted()
    {
        QJsonObject json = sampleDiary().toJson();
        json.insert(u"likeCount"_s, 4);
        json.insert(u"likedByMe"_s, true);
        QVERIFY(kj::Diary::fromJson(json).ok());
    }

    void answerWithWrongTypesIsRejected()
    {
        QJsonObject json = sampleDiary().toJson();
        json.insert(u"revision"_s, u"3"_s);
        QVERIFY(!kj::Diary::fromJson(json).ok());
        json = sampleDiary().toJson();
        json.insert(u"author"_s, u"alice"_s);
        QVERIFY(!kj::Diary::fromJson(json).ok());
    }

    void writeRoundTrips()
    {
        kj::DiaryWrite write{u"标题"_s, u"正文"_s, kj::Visibility::Private, 7};
        auto decoded = kj::DiaryWrite::fromRequest(write.toJson());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->title, write.title);
        QCOMPARE(decoded->body, write.body);
        QCOMPARE(decoded->visibility, write.visibility);
        QCOMPARE(decoded->baseRevision, std::optional<qint64>(7));

        write.baseRevision.reset();
        QCOMPARE(write.toJson().value(u"baseRevision"_s).type(), QJsonValue::Null);
        QCOMPARE(kj::DiaryWrite::fromRequest(write.toJson())->baseRevision, std::nullopt);
    }

    void writeRejections_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("title of the wrong type") << u"title"_s << QJsonValue(5) << ErrorCode::InvalidField;
        QTest::newRow("unknown visibility") << u"visibility"_s << QJsonValue(u"everyone"_s) << ErrorCode::InvalidField;
        QTest::newRow("unknown field") << u"author"_s << QJsonValue(u"someone"_s) << ErrorCode::UnknownField;
        QTest::newRow("negative base revision") << u"baseRevision"_s << QJsonValue(-1) << ErrorCode::InvalidField;
        QTest::newRow("fractional base revision") << u"baseRevision"_s << QJsonValue(1.5) << ErrorCode::InvalidField;
        QTest::newRow("title too long") << u"title"_s << QJsonValue(QString(kj::Diary::kMaxTitleLength + 1, u'x'))
                                        << ErrorCode::InvalidField;
        QTest::newRow("body as array") << u"body"_s << QJsonValue(QJsonArray{1}) << ErrorCode::InvalidField;
        QTest::newRow("missing body") << u"body"_s << QJsonValue(QJsonValue::Undefined) << ErrorCode::MissingField;
    }
    void writeRejections()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(ErrorCode, code);
        QJsonObject json = validWrite();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        auto decoded = kj::DiaryWrite::fromRequest(json);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, code);
    }

    void sameContent()
    {
        const kj::Diary diary = sampleDiary();
        kj::DiaryWrite write{diary.title, diary.body, diary.visibility, std::nullopt};
        QVERIFY(write.sameContentAs(diary));
        write.visibility = kj::Visibility::Public;
        QVERIFY(!write.sameContentAs(diary));
    }
};

QTEST_GUILESS_MAIN(TestDiary)
#include "tst_diary.moc"
