#include "models/domain/textmerge.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::MergeMarkers;
using kj::mergeText;

namespace {

QString join(const QStringList &lines)
{
    return lines.join(u'\n');
}

// The block a merge writes where both versions changed one place (Version 1 is the one first by text).
QStringList both(const QStringList &one, const QStringList &other)
{
    return QStringList{MergeMarkers::bothBegin, QString()} + one + QStringList{QString(), MergeMarkers::bothSeparator, QString()} + other
           + QStringList{QString(), MergeMarkers::bothEnd};
}

QStringList kept(const QStringList &change)
{
    return QStringList{MergeMarkers::keptBegin, QString()} + change + QStringList{QString(), MergeMarkers::keptEnd};
}

QStringList numbered(int count)
{
    QStringList result;
    for (int i = 0; i < count; ++i)
        result.append(u"第%1段：今天的事情。Paragraph %1."_s.arg(i));
    return result;
}

QStringList replaced(QStringList lines, qsizetype at, const QString &line)
{
    lines[at] = line;
    return lines;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

} // namespace

class TestTextMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merges_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("conflicts");

        const QString abc = u"a\nb\nc"_s;
        QTest::newRow("all three equal") << abc << abc << abc << abc << 0;
        QTest::newRow("mine equals theirs") << abc << u"a\nB\nc"_s << u"a\nB\nc"_s << u"a\nB\nc"_s << 0;
        QTest::newRow("only theirs changed") << abc << abc << u"a\nb\nc\nd"_s << u"a\nb\nc\nd"_s << 0;
        QTest::newRow("only mine changed") << abc << u"A\nb\nc"_s << abc << u"A\nb\nc"_s << 0;
        QTest::newRow("disjoint edits") << u"a\nb\nc\nd\ne"_s << u"A\nb\nc\nd\ne"_s << u"a\nb\nc\nd\nE"_s << u"A\nb\nc\nd\nE"_s << 0;
        QTest::newRow("edits to neighbouring paragraphs") << abc << u"a\nB\nc"_s << u"a\nb\nC"_s << u"a\nB\nC"_s << 0;
        QTest::newRow("same paragraph, different edits")
            << abc << u"a\nb mine\nc"_s << u"a\nb theirs\nc"_s
            << join(QStringList{u"a"_s, QString()} + both({u"b mine"_s}, {u"b theirs"_s}) + QStringList{QString(), u"c"_s}) << 1;
        QTest::newRow("same paragraph, same edit") << abc << u"a\nB\nc"_s << u"a\nB\nc\n"_s << u"a\nB\nc\n"_s << 0;
        QTest::newRow("insert at the same place, different text")
            << u"a\nc"_s << u"a\nb1\nc"_s << u"a\nb2\nc"_s
            << join(QStringList{u"a"_s, QString()} + both({u"b1"_s}, {u"b2"_s}) + QStringList{QString(), u"c"_s}) << 1;
        QTest::newRow("insert at the same place, same text") << u"a\nc"_s << u"a\nb\nc"_s << u"a\nb\nc"_s << u"a\nb\nc"_s << 0;
        QTest::newRow("inserts at different places") << u"a\nc"_s << u"x\na\nc"_s << u"a\nc\ny"_s << u"x\na\nc\ny"_s << 0;
        QTest::newRow("insert right after a paragraph the other edited")
            << u"a\nb"_s << u"a\nb\nc"_s << u"a\nB"_s << u"a\nB\nc"_s << 0;
        QTest::newRow("insert right before a paragraph the other edited")
            << u"a\nb"_s << u"x\na\nb"_s << u"A\nb"_s << u"x\nA\nb"_s << 0;
        QTest::newRow("both append, different text")
            << u"a"_s << u"a\nb"_s << u"a\nc"_s << join(QStringList{u"a"_s, QString()} + both({u"b"_s}, {u"c"_s})) << 1;
        QTest::newRow("delete vs edit keeps the edit")
            << abc << u"a\nc"_s << u"a\nb edited\nc"_s
            << join(QStringList{u"a"_s, QString()} + kept({u"b edited"_s}) + QStringList{QString(), u"c"_s}) << 1;
        QTest::newRow("edit vs delete keeps the edit")
            << abc << u"a\nb edited\nc"_s << u"a\nc"_s
            << join(QStringList{u"a"_s, QString()} + kept({u"b edited"_s}) + QStringList{QString(), u"c"_s}) << 1;
        QTest::newRow("whole text deleted vs edit")
            << u"a\nb"_s << QString() << u"a\nB"_s << join(kept({u"a"_s, u"B"_s})) << 1;
        QTest::newRow("both delete the same paragraph") << abc << u"a\nc"_s << u"a\nc"_s << u"a\nc"_s << 0;
        QTest::newRow("both delete different paragraphs") << abc << u"b\nc"_s << u"a\nb"_s << u"b"_s << 0;
        QTest::newRow("delete one, edit another") << abc << u"b\nc"_s << u"a\nb\nC"_s << u"b\nC"_s << 0;
        QTest::newRow("same edit, and one adds a paragraph after it")
            << abc << u"a\nB\nc"_s << u"a\nB\nB2\nc"_s << u"a\nB\nB2\nc"_s << 0;
        QTest::newRow("same edit, and one also deletes the next paragraph")
            << abc << u"A\nc"_s << u"A\nb\nc"_s << u"A\nc"_s << 0;
        QTest::newRow("a deletion next to an edit of the other, mixed: kept")
            << u"a\nb\nc\nd"_s << u"X\nd"_s << u"X\nb\nY\nd"_s
            << join(QStringList{u"X"_s, QString()} + kept({u"b"_s, u"Y"_s}) + QStringList{QString(), u"d"_s}) << 1;
        QTest::newRow("two conflicts")
            << u"a\nb\nc\nd\ne"_s << u"a1\nb\nc\nd\ne1"_s << u"a2\nb\nc\nd\ne2"_s
            << join(both({u"a1"_s}, {u"a2"_s}) + QStringList{QString(), u"b"_s, u"c"_s, u"d"_s, QString()} + both({u"e1"_s}, {u"e2"_s}))
            << 2;
        QTest::newRow("empty base, two creates")
            << QString() << u"hello"_s << u"world"_s << join(both({u"hello"_s}, {u"world"_s})) << 1;
        QTest::newRow("empty base, the same create") << QString() << u"same\ntext"_s << u"same\ntext"_s << u"same\ntext"_s << 0;
        QTest::newRow("empty base, one create") << QString() << u"mine"_s << QString() << u"mine"_s << 0;
        QTest::newRow("empty base, creates sharing lines")
            << QString() << u"同一天\n我的"_s << u"同一天\n他的"_s
            << join(QStringList{u"同一天"_s, QString()} + both({u"他的"_s}, {u"我的"_s})) << 1;
        QTest::newRow("chinese, one line a paragraph, disjoint")
            << u"今天去公园散步。\n风很大。\n晚上看书。"_s << u"今天和小明去公园散步。\n风很大。\n晚上看书。"_s
            << u"今天去公园散步。\n风很大。\n晚上看了一本好书。"_s << u"今天和小明去公园散步。\n风很大。\n晚上看了一本好书。"_s << 0;
        QTest::newRow("chinese, same paragraph")
            << u"今天去公园散步。\n风很大。"_s << u"今天去公园散步。\n风很大，很冷。"_s << u"今天去公园散步。\n风很小。"_s
            << join(QStringList{u"今天去公园散步。"_s, QString()} + both({u"风很大，很冷。"_s}, {u"风很小。"_s})) << 1;
        QTest::newRow("markdown blocks separated by blank lines")
            << u"# 标题\n\npara one\n\n- item\n- item 2\n\npara three\n"_s << u"# 标题\n\npara one, edited\n\n- item\n- item 2\n\npara three\n"_s
            << u"# 标题\n\npara one\n\n- item\n- item 2\n- item 3\n\npara three\n"_s
            << u"# 标题\n\npara one, edited\n\n- item\n- item 2\n- item 3\n\npara three\n"_s << 0;
        QTest::newRow("conflict next to blank lines is not padded twice")
            << u"x\n\nb\n\ny"_s << u"x\n\nb1\n\ny"_s << u"x\n\nb2\n\ny"_s
            << join(QStringList{u"x"_s, QString()} + both({u"b1"_s}, {u"b2"_s}) + QStringList{QString(), u"y"_s}) << 1;
        QTest::newRow("crlf everywhere") << u"a\r\nb\r\nc\r\n"_s << u"A\r\nb\r\nc\r\n"_s << u"a\r\nb\r\nC\r\n"_s
                                         << u"A\r\nb\r\nC\r\n"_s << 0;
        QTest::newRow("crlf base, one side converted to lf and edited")
            << u"a\r\nb\r\nc"_s << u"A\r\nb\r\nc"_s << u"a\nb\nC"_s << u"A\nb\nC"_s << 0;
        QTest::newRow("lf base, both sides crlf") << u"a\nb\nc"_s << u"A\r\nb\r\nc"_s << u"a\r\nb\r\nC"_s << u"A\r\nb\r\nC"_s << 0;
        QTest::newRow("lf base, one side only converted to crlf")
            << u"a\nb\nc"_s << u"a\r\nb\r\nc"_s << u"a\nB\nc"_s << u"a\r\nB\r\nc"_s << 0;
        QTest::newRow("crlf and lf converted differently: lf")
            << u"a"_s << u"a\r\nb"_s << u"a\nc"_s << join(QStringList{u"a"_s, QString()} + both({u"b"_s}, {u"c"_s})) << 1;
        QTest::newRow("crlf conflict written with crlf")
            << u"a\r\nb"_s << u"a\r\nb1"_s << u"a\r\nb2"_s
            << (QStringList{u"a"_s, QString()} + both({u"b1"_s}, {u"b2"_s})).join(u"\r\n"_s) << 1;
        QTest::newRow("a one-line side keeps the base's crlf")
            << u"a\r\nb"_s << u"a"_s << u"a\r\nB\r\nc"_s << (QStringList{u"a"_s, QString()} + kept({u"B"_s, u"c"_s})).join(u"\r\n"_s) << 1;
        QTest::newRow("a lone carriage return at the end stays") << u"a\nb"_s << u"A\nb"_s << u"a\nb\r"_s << u"A\nb\r"_s << 0;
        QTest::newRow("final newline added on one side, last paragraph edited on the other")
            << u"a\nb"_s << u"a\nb\n"_s << u"a\nB"_s << u"a\nB\n"_s << 0;
        QTest::newRow("final newline removed on one side, edits on both")
            << u"a\nb\n"_s << u"A\nb"_s << u"a\nB\n"_s << u"A\nB"_s << 0;
        QTest::newRow("blank lines added at the end") << u"a\nb"_s << u"a\nb\n\n"_s << u"A\nb"_s << u"A\nb\n\n"_s << 0;

        const QStringList longText = numbered(300);
        QStringList mine = replaced(longText, 7, u"第7段：我在火车上改的。"_s);
        mine.insert(150, u"新的一段，火车上写的。"_s);
        const QStringList theirs = replaced(replaced(longText, 290, u"另一台电脑上改的。"_s), 151, u"改了第151段"_s);
        QStringList expected = replaced(replaced(longText, 7, u"第7段：我在火车上改的。"_s), 290, u"另一台电脑上改的。"_s);
        expected[151] = u"改了第151段"_s;
        expected.insert(150, u"新的一段，火车上写的。"_s);
        QTest::newRow("long text, edits far apart") << join(longText) << join(mine) << join(theirs) << join(expected) << 0;

        const QStringList conflicting = replaced(replaced(longText, 5, u"mine 5"_s), 100, u"mine 100"_s);
        const QStringList other = replaced(replaced(longText, 250, u"theirs 250"_s), 100, u"theirs 100"_s);
        QStringList merged = replaced(replaced(longText, 5, u"mine 5"_s), 250, u"theirs 250"_s);
        merged.removeAt(100);
        const QStringList block = QStringList{QString()} + both({u"mine 100"_s}, {u"theirs 100"_s}) + QStringList{QString()};
        for (qsizetype i = block.size() - 1; i >= 0; --i)
            merged.insert(100, block.at(i));
        QTest::newRow("long text, one conflict among clean edits") << join(longText) << join(conflicting) << join(other) << join(merged) << 1;
    }

    void merges()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, expected);
        QFETCH(int, conflicts);

        const kj::MergedText merged = mergeText(base, mine, theirs);
        QCOMPARE(merged.text, expected);
        QCOMPARE(merged.conflicts, conflicts);
        QCOMPARE(merged.clean(), conflicts == 0);
        QCOMPARE(MergeMarkers::present(merged.text), conflicts > 0);

        // Whichever device merges, the result is the same.
        QCOMPARE(mergeText(base, theirs, mine), merged);
        // The same inputs, the same output.
        QCOMPARE(mergeText(base, mine, theirs), merged);
        // The device whose version the server took first pulls the merged text; merging it against its own
        // unchanged copy changes nothing further.
        QCOMPARE(mergeText(theirs, merged.text, theirs).text, merged.text);
        QCOMPARE(mergeText(merged.text, merged.text, merged.text).text, merged.text);
    }

    void noChangeIsLost_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 2024u})
            QTest::addRow("seed %u", seed) << seed;
    }

    // Random edits of a random text over a few distinct paragraphs (many repeats, so the diff has choices):
    // the merge is symmetric, marks exactly its conflicts, and every paragraph either version wrote that
    // the base does not have is in the result.
    void noChangeIsLost()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QStringList alphabet{u"a"_s, u"b"_s, u"c"_s, u"d"_s, QString(), u"段"_s};
        auto pick = [&]() { return alphabet.at(random.bounded(int(alphabet.size()))); };
        auto edit = [&](QStringList lines) {
            const int edits = random.bounded(0, 4);
            for (int i = 0; i < edits; ++i) {
                const int what = random.bounded(3);
                const int at = lines.isEmpty() ? 0 : random.bounded(int(lines.size()));
                if (what == 0 || lines.isEmpty())
                    lines.insert(at, u"new %1"_s.arg(random.bounded(1000)));
                else if (what == 1)
                    lines.removeAt(at);
                else
                    lines[at] = u"edit %1"_s.arg(random.bounded(1000));
            }
            return lines;
        };
        for (int round = 0; round < 500; ++round) {
            QStringList base;
            const int count = random.bounded(0, 12);
            for (int i = 0; i < count; ++i)
                base.append(pick());
            const QStringList mine = edit(base);
            const QStringList theirs = edit(base);
            const kj::MergedText merged = mergeText(join(base), join(mine), join(theirs));
            const QStringList result = merged.text.split(u'\n');
            const QSet<QString> inBase(base.cbegin(), base.cend());
            auto context = [&]() {
                return u"round %1: base %2 | mine %3 | theirs %4"_s.arg(round).arg(base.join(u'|'), mine.join(u'|'), theirs.join(u'|')).toUtf8();
            };
            for (const QString &line : mine + theirs) {
                if (!isBlank(line) && !inBase.contains(line))
                    QVERIFY2(result.contains(line), context().constData());
            }
            QVERIFY2(mergeText(join(base), join(theirs), join(mine)) == merged, context().constData());
            QVERIFY2(MergeMarkers::present(merged.text) == !merged.clean(), context().constData());
        }
    }

    void markersAreFoundOnTheirOwnLine()
    {
        QVERIFY(MergeMarkers::present(QString(u"text\n  "_s + MergeMarkers::keptEnd + u"\r\nmore"_s)));
        QVERIFY(!MergeMarkers::present(QString(u"quoting: "_s + MergeMarkers::bothBegin)));
        QVERIFY(!MergeMarkers::present(QString()));
    }

    void mergesOneLine_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<qsizetype>("maxLength");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("conflicts");
        QTest::newRow("unchanged") << u"公园"_s << u"公园"_s << u"公园"_s << qsizetype(-1) << u"公园"_s << 0;
        QTest::newRow("mine changed") << u"公园"_s << u"去公园"_s << u"公园"_s << qsizetype(-1) << u"去公园"_s << 0;
        QTest::newRow("theirs changed") << u"公园"_s << u"公园"_s << u"雨天"_s << qsizetype(-1) << u"雨天"_s << 0;
        QTest::newRow("same change") << u"a"_s << u"b"_s << u"b"_s << qsizetype(-1) << u"b"_s << 0;
        QTest::newRow("both changed: joined") << u"a"_s << u"mine"_s << u"other"_s << qsizetype(-1) << u"mine / other"_s << 1;
        QTest::newRow("both changed: joined in a fixed order") << u"a"_s << u"zz"_s << u"aa"_s << qsizetype(-1) << u"aa / zz"_s << 1;
        QTest::newRow("too long to join: mine") << u"a"_s << u"mine"_s << u"other"_s << qsizetype(10) << u"mine"_s << 1;
        QTest::newRow("just fits") << u"a"_s << u"mine"_s << u"other"_s << qsizetype(12) << u"mine / other"_s << 1;
    }

    void mergesOneLine()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(qsizetype, maxLength);
        QFETCH(QString, expected);
        QFETCH(int, conflicts);
        const kj::MergedText merged = kj::mergeLine(base, mine, theirs, maxLength);
        QCOMPARE(merged.text, expected);
        QCOMPARE(merged.conflicts, conflicts);
    }
};

QTEST_GUILESS_MAIN(TestTextMerge)
#include "tst_textmerge.moc"
