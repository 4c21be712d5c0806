#include "models/domain/fieldmerge.h"
#include "models/domain/ids.h"
#include "models/domain/textmerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::mergeFields;

namespace {

// JSON written with single quotes (easier to read in C++), for example "{'title': 't'}".
QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json).replace('\'', '"'), &error);
    if (!document.isObject())
        qFatal("bad JSON in the test: %s (%s)", json, qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestFieldMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merges_data()
    {
        QTest::addColumn<QJsonObject>("base");
        QTest::addColumn<QJsonObject>("mine");
        QTest::addColumn<QJsonObject>("theirs");
        QTest::addColumn<QJsonObject>("expected");
        QTest::addColumn<QStringList>("conflicts");

        const QJsonObject base = object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': false}");
        QTest::newRow("nothing changed") << base << base << base << base << QStringList();
        QTest::newRow("only mine changed")
            << base << object("{'title': 'T', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': false}") << base
            << object("{'title': 'T', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': false}") << QStringList();
        QTest::newRow("only theirs changed")
            << base << base << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 2, 'flag': false}")
            << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 2, 'flag': false}") << QStringList();
        QTest::newRow("different fields")
            << base << object("{'title': 'T', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': true}")
            << object("{'title': 't', 'motto': 'M', 'skin': 'sakura', 'count': 1, 'flag': false}")
            << object("{'title': 'T', 'motto': 'M', 'skin': 'sakura', 'count': 1, 'flag': true}") << QStringList();
        QTest::newRow("same field, same change")
            << base << object("{'title': 'T', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': false}")
            << object("{'title': 'T', 'motto': 'm', 'skin': 'classic', 'count': 5, 'flag': false}")
            << object("{'title': 'T', 'motto': 'm', 'skin': 'classic', 'count': 5, 'flag': false}") << QStringList();
        QTest::newRow("same field, different changes: mine, reported")
            << base << object("{'title': 'mine', 'motto': 'm', 'skin': 'classic', 'count': 3, 'flag': false}")
            << object("{'title': 'theirs', 'motto': 'm', 'skin': 'classic', 'count': 4, 'flag': true}")
            << object("{'title': 'mine', 'motto': 'm', 'skin': 'classic', 'count': 3, 'flag': true}")
            << QStringList{u"count"_s, u"title"_s};
        QTest::newRow("a field added on one side") << base << base
                                                   << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': false, 'new': [1]}")
                                                   << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': false, 'new': [1]}")
                                                   << QStringList();
        QTest::newRow("a field removed on one side") << base << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 1}")
                                                     << object("{'title': 't', 'motto': 'M', 'skin': 'classic', 'count': 1, 'flag': false}")
                                                     << object("{'title': 't', 'motto': 'M', 'skin': 'classic', 'count': 1}") << QStringList();
        QTest::newRow("removed here, changed there: mine, reported")
            << base << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 1}")
            << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 1, 'flag': true}")
            << object("{'title': 't', 'motto': 'm', 'skin': 'classic', 'count': 1}") << QStringList{u"flag"_s};
        QTest::newRow("null is a value") << object("{'avatar': 'x'}") << object("{'avatar': null}") << object("{'avatar': 'x', 'a': 1}")
                                         << object("{'avatar': null, 'a': 1}") << QStringList();
        QTest::newRow("arrays are single values")
            << object("{'modules': ['a', 'b', 'c']}") << object("{'modules': ['b', 'a', 'c']}") << object("{'modules': ['a', 'b']}")
            << object("{'modules': ['b', 'a', 'c']}") << QStringList{u"modules"_s};
        QTest::newRow("objects merge per field")
            << object("{'colors': {'accent': '#000000'}, 'music': {'autoplay': false, 'shuffle': false}}")
            << object("{'colors': {'accent': '#111111'}, 'music': {'autoplay': true, 'shuffle': false}}")
            << object("{'colors': {'accent': '#000000', 'text': '#222222'}, 'music': {'autoplay': false, 'shuffle': true}}")
            << object("{'colors': {'accent': '#111111', 'text': '#222222'}, 'music': {'autoplay': true, 'shuffle': true}}") << QStringList();
        QTest::newRow("a conflict inside an object is named by its path")
            << object("{'colors': {'accent': '#000000'}}") << object("{'colors': {'accent': '#111111'}}")
            << object("{'colors': {'accent': '#222222'}}") << object("{'colors': {'accent': '#111111'}}")
            << QStringList{u"colors.accent"_s};
        QTest::newRow("text field, different paragraphs: merged, clean")
            << object("{'body': 'a\\nb\\nc', 'n': 1}") << object("{'body': 'A\\nb\\nc', 'n': 1}") << object("{'body': 'a\\nb\\nC', 'n': 1}")
            << object("{'body': 'A\\nb\\nC', 'n': 1}") << QStringList();
        QTest::newRow("text field added on both sides from nothing")
            << object("{}") << object("{'body': 'same\\nmine'}") << object("{'body': 'same\\ntheirs'}")
            << QJsonObject{{u"body"_s, kj::mergeText(QString(), u"same\nmine"_s, u"same\ntheirs"_s).text}} << QStringList{u"body"_s};
    }

    void merges()
    {
        QFETCH(QJsonObject, base);
        QFETCH(QJsonObject, mine);
        QFETCH(QJsonObject, theirs);
        QFETCH(QJsonObject, expected);
        QFETCH(QStringList, conflicts);
        const QSet<QString> textFields{u"body"_s};
        const kj::MergedFields merged = mergeFields(base, mine, theirs, textFields);
        QCOMPARE(merged.object, expected);
        QCOMPARE(merged.conflicts, conflicts);
        QCOMPARE(merged.clean(), conflicts.isEmpty());
        QCOMPARE(mergeFields(base, mine, theirs, textFields).object, merged.object); // deterministic
    }

    void textFieldSameParagraphKeepsBothAndIsAConflict()
    {
        const QJsonObject base{{u"body"_s, u"一\n二"_s}, {u"other"_s, u"x"_s}};
        const QJsonObject mine{{u"body"_s, u"一\n二，我的"_s}, {u"other"_s, u"x"_s}};
        const QJsonObject theirs{{u"body"_s, u"一\n二，他的"_s}, {u"other"_s, u"x"_s}};
        const kj::MergedFields merged = mergeFields(base, mine, theirs, {u"body"_s});
        QCOMPARE(merged.conflicts, QStringList{u"body"_s});
        const QString body = merged.object.value(u"body"_s).toString();
        QVERIFY(body.contains(u"二，我的"_s));
        QVERIFY(body.contains(u"二，他的"_s));
        QVERIFY(kj::MergeMarkers::present(body));
        // Not named as a text field, the same field takes mine.
        const kj::MergedFields plain = mergeFields(base, mine, theirs);
        QCOMPARE(plain.object.value(u"body"_s).toString(), u"一\n二，我的"_s);
        QCOMPARE(plain.conflicts, QStringList{u"body"_s});
    }

    void spaceSettingsMergeFieldByField()
    {
        kj::SpaceSettings base;
        base.title = u"Alice 的空间"_s;
        base.motto = u"慢慢来"_s;
        base.colors = {{u"accent"_s, u"#c8553d"_s}};
        const QString track = kj::newItemId();

        kj::SpaceSettings mine = base;
        mine.skin = u"sakura"_s;
        mine.colors.insert(u"accent"_s, u"#000000"_s);
        mine.music.autoplay = true;
        mine.title = u"我的标题"_s;

        kj::SpaceSettings theirs = base;
        theirs.motto = u"一步一步"_s;
        theirs.colors.insert(u"background"_s, u"#ffffff"_s);
        theirs.music.trackIds = {track};
        theirs.modules = {u"guestbook"_s, u"profile"_s};
        theirs.hideMyVisits = true;
        theirs.title = u"他的标题"_s;

        const kj::MergedSpaceSettings merged = kj::mergeSpaceSettings(base, mine, theirs);
        kj::SpaceSettings expected = base;
        expected.skin = u"sakura"_s;
        expected.motto = u"一步一步"_s;
        expected.colors = {{u"accent"_s, u"#000000"_s}, {u"background"_s, u"#ffffff"_s}};
        expected.music = {{track}, true, false};
        expected.modules = {u"guestbook"_s, u"profile"_s};
        expected.hideMyVisits = true;
        expected.title = u"我的标题"_s; // both changed it: mine, reported
        QCOMPARE(merged.settings, expected);
        QCOMPARE(merged.conflicts, QStringList{u"title"_s});
        QVERIFY(!merged.clean());

        const kj::MergedSpaceSettings same = kj::mergeSpaceSettings(base, base, theirs);
        QCOMPARE(same.settings, theirs);
        QVERIFY(same.clean());
    }
};

QTEST_GUILESS_MAIN(TestFieldMerge)
#include "tst_fieldmerge.moc"
