// libFuzzer target: the three-way merges and the line diff under them (models/domain/textmerge,
// fieldmerge, linediff).
//
// Input: base, mine and theirs separated by the byte 0xFF (never part of UTF-8, so the texts can hold
// anything else); a missing part is empty. Each part is decoded as UTF-8. Checked on every input:
// - mergeText and mergeLine never crash; merging with yourself changes nothing: merge(b, x, x) == x and
//   merge(b, b, y) == y == merge(b, y, b), both clean; the merge does not depend on which side is mine:
//   merge(b, x, y) == merge(b, y, x);
// - diffLines(base, other) is an edit script: applied to base it gives other, its hunks are in order, do
//   not touch, and none is empty;
// - when the parts are JSON objects, mergeFields(b, x, x) == x and mergeFields(b, b, y) == y, clean.
// Any failure aborts with the three texts.

#include "models/domain/fieldmerge.h"
#include "models/domain/jsonreader.h"
#include "models/domain/linediff.h"
#include "models/domain/textmerge.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

struct Parts {
    QString base;
    QString mine;
    QString theirs;
};

QString g_base, g_mine, g_theirs; // for the report

[[noreturn]] void fail(const char *what, const QString &got = {}, const QString &expected = {})
{
    std::fprintf(stderr,
                 "fuzz_merge: %s\n  base:     \"%s\"\n  mine:     \"%s\"\n  theirs:   \"%s\"\n  got:      \"%s\"\n"
                 "  expected: \"%s\"\n",
                 what, qUtf8Printable(g_base), qUtf8Printable(g_mine), qUtf8Printable(g_theirs), qUtf8Printable(got),
                 qUtf8Printable(expected));
    std::abort();
}

Parts split(const uint8_t *data, size_t size)
{
    QByteArray pieces[3];
    int index = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0xff && index < 2)
            ++index;
        else
            pieces[index].append(char(data[i]));
    }
    return {QString::fromUtf8(pieces[0]), QString::fromUtf8(pieces[1]), QString::fromUtf8(pieces[2])};
}

void checkText(const QString &base, const QString &x, const QString &y)
{
    const kj::MergedText same = kj::mergeText(base, x, x);
    if (same.text != x || !same.clean())
        fail("mergeText(base, x, x) is not x", same.text, x);
    const kj::MergedText theirsOnly = kj::mergeText(base, base, y);
    if (theirsOnly.text != y || !theirsOnly.clean())
        fail("mergeText(base, base, y) is not y", theirsOnly.text, y);
    if (kj::mergeText(base, y, base) != theirsOnly)
        fail("mergeText(base, y, base) differs from mergeText(base, base, y)", kj::mergeText(base, y, base).text, y);
    const kj::MergedText forth = kj::mergeText(base, x, y);
    const kj::MergedText back = kj::mergeText(base, y, x);
    if (forth != back)
        fail("mergeText depends on which version is mine", forth.text, back.text);
}

void checkLine(const QString &base, const QString &x, const QString &y)
{
    if (const kj::MergedText same = kj::mergeLine(base, x, x); same.text != x || !same.clean())
        fail("mergeLine(base, x, x) is not x", same.text, x);
    if (const kj::MergedText theirsOnly = kj::mergeLine(base, base, y); theirsOnly.text != y || !theirsOnly.clean())
        fail("mergeLine(base, base, y) is not y", theirsOnly.text, y);
    const kj::MergedText forth = kj::mergeLine(base, x, y);
    if (forth != kj::mergeLine(base, y, x))
        fail("mergeLine depends on which version is mine", forth.text, kj::mergeLine(base, y, x).text);
    // Bounded: over the limit the result is mine, still a conflict.
    const qsizetype limit = std::max(x.size(), y.size());
    const kj::MergedText bounded = kj::mergeLine(base, x, y, limit);
    if (bounded.text.size() > limit && bounded.text != x)
        fail("mergeLine went over its maxLength", bounded.text, x);
}

void checkDiff(const QStringList &base, const QStringList &other)
{
    const QList<kj::LineHunk> hunks = kj::diffLines(base, other);
    QStringList applied;
    qsizetype baseAt = 0;
    qsizetype otherAt = 0;
    for (qsizetype i = 0; i < hunks.size(); ++i) {
        const kj::LineHunk &hunk = hunks.at(i);
        if (hunk.baseBegin < baseAt || hunk.baseEnd < hunk.baseBegin || hunk.otherEnd < hunk.otherBegin
            || hunk.baseEnd > base.size() || hunk.otherEnd > other.size())
            fail("diffLines gave a hunk out of order or out of range");
        if (hunk.baseBegin == hunk.baseEnd && hunk.otherBegin == hunk.otherEnd)
            fail("diffLines gave an empty hunk");
        // The lines between two hunks are common to both texts, and there is at least one.
        if (hunk.baseBegin - baseAt != hunk.otherBegin - otherAt)
            fail("diffLines' hunks skip a different number of lines in the two texts");
        if (i > 0 && hunk.baseBegin == baseAt)
            fail("diffLines gave two hunks that touch");
        applied += base.mid(baseAt, hunk.baseBegin - baseAt);
        applied += other.mid(hunk.otherBegin, hunk.otherEnd - hunk.otherBegin);
        baseAt = hunk.baseEnd;
        otherAt = hunk.otherEnd;
    }
    applied += base.mid(baseAt);
    if (applied != other)
        fail("diffLines' hunks applied to base do not give the other text", applied.join(u'\n'), other.join(u'\n'));
}

void checkFields(const QString &base, const QString &x, const QString &y)
{
    const kj::Result<QJsonObject> b = kj::parseJsonObject(base.toUtf8());
    const kj::Result<QJsonObject> mine = kj::parseJsonObject(x.toUtf8());
    const kj::Result<QJsonObject> theirs = kj::parseJsonObject(y.toUtf8());
    if (!b || !mine || !theirs)
        return;
    const auto printed = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    const QSet<QString> textFields{QStringLiteral("text"), QStringLiteral("body"), QStringLiteral("title")};
    if (const kj::MergedFields same = kj::mergeFields(*b, *mine, *mine, textFields);
        same.object != *mine || !same.clean())
        fail("mergeFields(base, x, x) is not x", printed(same.object), printed(*mine));
    if (const kj::MergedFields theirsOnly = kj::mergeFields(*b, *b, *theirs, textFields);
        theirsOnly.object != *theirs || !theirsOnly.clean())
        fail("mergeFields(base, base, y) is not y", printed(theirsOnly.object), printed(*theirs));
    (void)kj::mergeFields(*b, *mine, *theirs, textFields);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parts parts = split(data, size);
    g_base = parts.base;
    g_mine = parts.mine;
    g_theirs = parts.theirs;
    checkText(parts.base, parts.mine, parts.theirs);
    checkLine(parts.base, parts.mine, parts.theirs);
    const QStringList baseLines = parts.base.split(u'\n');
    checkDiff(baseLines, parts.mine.split(u'\n'));
    checkDiff(baseLines, parts.theirs.split(u'\n'));
    checkFields(parts.base, parts.mine, parts.theirs);
    return 0;
}
