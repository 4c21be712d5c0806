#include "models/domain/textmerge.h"

#include "models/domain/linediff.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace kj {

namespace {

enum class LineEnd { Unknown, Lf, CrLf };

// A text as the merge sees it: its lines without line ends, and the two properties of the whole text that
// are merged on their own.
struct SplitText {
    QStringList lines;
    LineEnd lineEnd = LineEnd::Unknown;
    bool endsWithBreak = false;
};

SplitText split(const QString &text)
{
    SplitText result;
    if (text.isEmpty())
        return result;
    const qsizetype firstBreak = text.indexOf(u'\n');
    if (firstBreak >= 0)
        result.lineEnd = (firstBreak > 0 && text.at(firstBreak - 1) == u'\r') ? LineEnd::CrLf : LineEnd::Lf;
    result.lines = text.split(u'\n');
    result.endsWithBreak = text.endsWith(u'\n');
    if (result.endsWithBreak)
        result.lines.removeLast();
    // A "\r" belongs to the line end only where a "\n" follows it (not on the last line of a text without
    // a final break).
    const qsizetype withBreak = result.endsWithBreak ? result.lines.size() : result.lines.size() - 1;
    for (qsizetype i = 0; i < withBreak; ++i) {
        if (result.lines.at(i).endsWith(u'\r'))
            result.lines[i].chop(1);
    }
    return result;
}

// A property of the whole text, merged three ways: a change on one side wins; with no change, the base.
template<typename T>
T mergeProperty(T base, T mine, T theirs)
{
    if (mine == theirs || theirs == base)
        return mine;
    if (mine == base)
        return theirs;
    return T{}; // changed differently on both sides (only LineEnd can): the default
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// The output, line by line; marker lines are set apart from the text afterwards.
class Writer
{
public:
    int conflicts = 0;

    void text(const QStringList &lines, qsizetype begin, qsizetype end)
    {
        for (qsizetype i = begin; i < end; ++i)
            m_lines.push_back({lines.at(i), false});
    }
    void text(const QStringList &lines) { text(lines, 0, lines.size()); }

    void both(const QStringList &one, const QStringList &other)
    {
        // A fixed order, whichever side is mine: two devices merging the same edits write the same text.
        const bool swap = one.join(u'\n') > other.join(u'\n');
        marker(MergeMarkers::bothBegin);
        text(swap ? other : one);
        marker(MergeMarkers::bothSeparator);
        text(swap ? one : other);
        marker(MergeMarkers::bothEnd);
        ++conflicts;
    }

    void kept(const QStringList &change)
    {
        marker(MergeMarkers::keptBegin);
        text(change);
        marker(MergeMarkers::keptEnd);
        ++conflicts;
    }

    // Each marker becomes a paragraph of its own: a blank line between it and any text line next to it.
    [[nodiscard]] QStringList lines() const
    {
        QStringList result;
        result.reserve(qsizetype(m_lines.size()));
        for (size_t i = 0; i < m_lines.size(); ++i) {
            const Line &line = m_lines[i];
            if (i > 0) {
                const Line &previous = m_lines[i - 1];
                if ((line.marker && !isBlank(previous.text)) || (previous.marker && !isBlank(line.text)))
                    result.append(QString());
            }
            result.append(line.text);
        }
        return result;
    }

private:
    struct Line {
        QString text;
        bool marker;
    };

    void marker(const QString &text) { m_lines.push_back({text, true}); }

    std::vector<Line> m_lines;
};

QStringList slice(const QStringList &lines, qsizetype begin, qsizetype end)
{
    return lines.mid(begin, end - begin);
}

// Where one version changed a region of the base that both changed, and what was there in the base:
// resolves it as well as can be done without losing a word.
void resolveBoth(Writer &out, const QStringList &base, const QStringList &mine, const QStringList &theirs)
{
    if (mine == theirs || theirs == base) {
        out.text(mine);
        return;
    }
    if (mine == base) {
        out.text(theirs);
        return;
    }
    if (mine.isEmpty() || theirs.isEmpty()) {
        out.kept(mine.isEmpty() ? theirs : mine);
        return;
    }
    // Both changed the region: what the two versions share there is written once, and only the
    // differences between them are resolved. Diffed in a fixed order so the result does not depend on
    // which side is mine.
    const bool swap = mine.join(u'\n') > theirs.join(u'\n');
    const QStringList &one = swap ? theirs : mine;
    const QStringList &other = swap ? mine : theirs;
    const QSet<QString> inBase(base.cbegin(), base.cend());
    qsizetype at = 0;
    const QList<LineHunk> hunks = diffLines(one, other);
    for (const LineHunk &hunk : hunks) {
        out.text(one, at, hunk.baseBegin);
        at = hunk.baseEnd;
        const QStringList fromOne = slice(one, hunk.baseBegin, hunk.baseEnd);
        const QStringList fromOther = slice(other, hunk.otherBegin, hunk.otherEnd);
        if (!fromOne.isEmpty() && !fromOther.isEmpty()) {
            out.both(fromOne, fromOther);
            continue;
        }
        // Only one version has these lines. Paragraphs of the base it kept are ones the other version
        // deleted: the deletion stands. New paragraphs were added by it: they stay. Both at once is a
        // change next to a deletion that cannot be told apart: everything is kept, marked. Blank lines
        // only separate paragraphs and do not decide.
        const QStringList &only = fromOne.isEmpty() ? fromOther : fromOne;
        qsizetype fromBase = 0;
        qsizetype written = 0;
        for (const QString &line : only) {
            if (isBlank(line))
                continue;
            ++written;
            if (inBase.contains(line))
                ++fromBase;
        }
        if (written == 0 || fromBase == 0)
            out.text(only);
        else if (fromBase < written)
            out.kept(only);
    }
    out.text(one, at, one.size());
}

struct SideHunk {
    LineHunk hunk;
    int side; // 0 mine, 1 theirs
};

// A side's lines over the base region [begin, end), given its hunks inside the region (in order).
QStringList sideLines(const QStringList &base, const QStringList &lines, const std::vector<LineHunk> &hunks, qsizetype begin,
                      qsizetype end)
{
    if (hunks.empty())
        return slice(base, begin, end);
    const LineHunk &first = hunks.front();
    const LineHunk &last = hunks.back();
    return slice(lines, first.otherBegin - (first.baseBegin - begin), last.otherEnd + (end - last.baseEnd));
}

QStringList mergeLines(const QStringList &base, const QStringList &mine, const QStringList &theirs, Writer &out)
{
    std::vector<SideHunk> all;
    const std::array<QList<LineHunk>, 2> sides{diffLines(base, mine), diffLines(base, theirs)};
    for (int side = 0; side < 2; ++side) {
        for (const LineHunk &hunk : sides.at(size_t(side)))
            all.push_back({hunk, side});
    }
    // By where they start in the base; an insertion before a change starting at the same line.
    std::stable_sort(all.begin(), all.end(), [](const SideHunk &a, const SideHunk &b) {
        return std::tie(a.hunk.baseBegin, a.hunk.baseEnd) < std::tie(b.hunk.baseBegin, b.hunk.baseEnd);
    });

    qsizetype done = 0; // base lines before this are written
    size_t next = 0;
    while (next < all.size()) {
        // A region: hunks that overlap. Changes that only touch (a paragraph edited on one side, the next
        // one on the other, or an insertion right before or after a change) are separate regions; two
        // insertions at the same point are one.
        qsizetype begin = all[next].hunk.baseBegin;
        qsizetype end = all[next].hunk.baseEnd;
        std::array<std::vector<LineHunk>, 2> inRegion;
        inRegion.at(size_t(all[next].side)).push_back(all[next].hunk);
        ++next;
        while (next < all.size()) {
            const LineHunk &hunk = all[next].hunk;
            const bool overlaps = begin == end ? (hunk.baseBegin == begin && hunk.isInsertion()) : hunk.baseBegin < end;
            if (!overlaps)
                break;
            end = std::max(end, hunk.baseEnd);
            inRegion.at(size_t(all[next].side)).push_back(hunk);
            ++next;
        }
        out.text(base, done, begin);
        done = end;
        const QStringList mineRegion = sideLines(base, mine, inRegion[0], begin, end);
        const QStringList theirsRegion = sideLines(base, theirs, inRegion[1], begin, end);
        if (inRegion[1].empty())
            out.text(mineRegion);
        else if (inRegion[0].empty())
            out.text(theirsRegion);
        else
            resolveBoth(out, slice(base, begin, end), mineRegion, theirsRegion);
    }
    out.text(base, done, base.size());
    return out.lines();
}

} // namespace

bool MergeMarkers::present(QStringView text)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line == bothBegin || line == bothSeparator || line == bothEnd || line == keptBegin || line == keptEnd)
            return true;
    }
    return false;
}

MergedText mergeText(const QString &base, const QString &mine, const QString &theirs)
{
    if (mine == theirs || theirs == base)
        return {mine, 0};
    if (mine == base)
        return {theirs, 0};

    const SplitText b = split(base);
    const SplitText m = split(mine);
    const SplitText t = split(theirs);
    Writer out;
    const QStringList lines = mergeLines(b.lines, m.lines, t.lines, out);

    // A text with no line break says nothing about its line ends.
    auto known = [&b](LineEnd end) { return end == LineEnd::Unknown ? b.lineEnd : end; };
    const LineEnd lineEnd = mergeProperty(b.lineEnd, known(m.lineEnd), known(t.lineEnd));
    const QString newline = lineEnd == LineEnd::CrLf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString text = lines.join(newline);
    if (!lines.isEmpty() && mergeProperty(b.endsWithBreak, m.endsWithBreak, t.endsWithBreak))
        text += newline;
    return {text, out.conflicts};
}

MergedText mergeLine(const QString &base, const QString &mine, const QString &theirs, qsizetype maxLength)
{
    if (mine == theirs || theirs == base)
        return {mine, 0};
    if (mine == base)
        return {theirs, 0};
    const bool swap = mine > theirs;
    const QString joined = (swap ? theirs : mine) + QStringLiteral(" / ") + (swap ? mine : theirs);
    if (maxLength >= 0 && joined.size() > maxLength)
        return {mine, 1};
    return {joined, 1};
}

} // namespace kj
