#include "models/domain/linediff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using kj::LineHunk;

namespace kj {
char *toString(const LineHunk &hunk) // QCOMPARE prints hunks with this
{
    return QTest::toString(u"[%1,%2) -> [%3,%4)"_s.arg(hunk.baseBegin).arg(hunk.baseEnd).arg(hunk.otherBegin).arg(hunk.otherEnd));
}
} // namespace kj

namespace {

QStringList lines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

// Applies the hunks to base: must give other.
QStringList apply(const QStringList &base, const QStringList &other, const QList<LineHunk> &hunks)
{
    QStringList result;
    qsizetype at = 0;
    for (const LineHunk &hunk : hunks) {
        result += base.mid(at, hunk.baseBegin - at);
        result += other.mid(hunk.otherBegin, hunk.otherEnd - hunk.otherBegin);
        at = hunk.baseEnd;
    }
    result += base.mid(at);
    return result;
}

qsizetype editCount(const QList<LineHunk> &hunks)
{
    qsizetype count = 0;
    for (const LineHunk &hunk : hunks)
        count += (hunk.baseEnd - hunk.baseBegin) + (hunk.otherEnd - hunk.otherBegin);
    return count;
}

// The length of a longest common subsequence, the slow and obvious way.
qsizetype lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<qsizetype>> table(size_t(a.size() + 1), std::vector<qsizetype>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            table[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? table[size_t(i + 1)][size_t(j + 1)] + 1
                                                             : std::max(table[size_t(i + 1)][size_t(j)], table[size_t(i)][size_t(j + 1)]);
        }
    }
    return table[0][0];
}

void checkHunks(const QStringList &base, const QStringList &other, const QList<LineHunk> &hunks)
{
    QCOMPARE(apply(base, other, hunks), other);
    for (qsizetype i = 0; i < hunks.size(); ++i) {
        const LineHunk &hunk = hunks.at(i);
        QVERIFY(hunk.baseBegin <= hunk.baseEnd && hunk.otherBegin <= hunk.otherEnd);
        QVERIFY(hunk.baseBegin < hunk.baseEnd || hunk.otherBegin < hunk.otherEnd);
        if (i > 0) {
            // Never touching: at least one common line between two hunks, on both sides.
            QVERIFY(hunk.baseBegin > hunks.at(i - 1).baseEnd);
            QVERIFY(hunk.otherBegin > hunks.at(i - 1).otherEnd);
        }
    }
    // Shortest: every line not in a longest common subsequence is deleted or inserted, no more.
    QCOMPARE(editCount(hunks), base.size() + other.size() - 2 * lcsLength(base, other));
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QList<LineHunk>>("hunks");
        QTest::newRow("equal") << u"a\nb"_s << u"a\nb"_s << QList<LineHunk>{};
        QTest::newRow("both empty") << QString() << QString() << QList<LineHunk>{};
        QTest::newRow("all inserted") << QString() << u"a\nb"_s << QList<LineHunk>{{0, 0, 0, 2}};
        QTest::newRow("all deleted") << u"a\nb"_s << QString() << QList<LineHunk>{{0, 2, 0, 0}};
        QTest::newRow("one changed") << u"a\nb\nc"_s << u"a\nB\nc"_s << QList<LineHunk>{{1, 2, 1, 2}};
        QTest::newRow("insert in the middle") << u"a\nc"_s << u"a\nb\nc"_s << QList<LineHunk>{{1, 1, 1, 2}};
        QTest::newRow("delete at the end") << u"a\nb\nc"_s << u"a\nb"_s << QList<LineHunk>{{2, 3, 2, 2}};
        QTest::newRow("two places") << u"a\nb\nc\nd\ne"_s << u"A\nb\nc\nd\nE"_s << QList<LineHunk>{{0, 1, 0, 1}, {4, 5, 4, 5}};
        QTest::newRow("nothing in common") << u"a\nb"_s << u"c\nd\ne"_s << QList<LineHunk>{{0, 2, 0, 3}};
        QTest::newRow("chinese") << u"今天\n下雨\n回家"_s << u"今天\n晴天\n回家"_s << QList<LineHunk>{{1, 2, 1, 2}};
    }

    void cases()
    {
        QFETCH(QString, base);
        QFETCH(QString, other);
        QFETCH(QList<LineHunk>, hunks);
        const QList<LineHunk> result = kj::diffLines(lines(base), lines(other));
        QCOMPARE(result, hunks);
        checkHunks(lines(base), lines(other), result);
    }

    // Random texts over a few distinct lines (so there is much in common and many shortest scripts):
    // the hunks rebuild the other text, never touch, and are as few edits as a longest common subsequence
    // allows.
    void randomTextsGiveShortestValidScripts()
    {
        QRandomGenerator random(20240611); // fixed: a failure can be replayed
        const QStringList alphabet{u"a"_s, u"b"_s, u"c"_s, QString(), u"段落"_s};
        auto randomLines = [&]() {
            QStringList result;
            const int count = random.bounded(0, 25);
            for (int i = 0; i < count; ++i)
                result.append(alphabet.at(random.bounded(int(alphabet.size()))));
            return result;
        };
        for (int round = 0; round < 2000; ++round) {
            const QStringList base = randomLines();
            const QStringList other = randomLines();
            checkHunks(base, other, kj::diffLines(base, other));
            if (QTest::currentTestFailed()) {
                qWarning() << "round" << round << base << other;
                return;
            }
        }
    }

    void longTextsWithFewChanges()
    {
        QStringList base;
        for (int i = 0; i < 20000; ++i)
            base.append(u"paragraph %1"_s.arg(i));
        QStringList other = base;
        other[5] = u"changed"_s;
        other.insert(10000, u"inserted"_s);
        other.removeAt(19000);
        const QList<LineHunk> hunks = kj::diffLines(base, other);
        QCOMPARE(hunks, (QList<LineHunk>{{5, 6, 5, 6}, {10000, 10000, 10000, 10001}, {18999, 19000, 19000, 19000}}));
        QCOMPARE(apply(base, other, hunks), other);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
