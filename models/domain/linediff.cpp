#include "models/domain/linediff.h"

#include <QHash>

#include <span>
#include <vector>

namespace kj {

namespace {

using Lines = std::span<const int>;

struct Match {
    qsizetype a;
    qsizetype b;
};

// Myers' algorithm on line numbers (each distinct line text gets one number, so comparing is cheap).
// Linear space: find where the forward and the backward search meet on a shortest path (the "middle
// snake"), split there and solve both halves; common prefix and suffix are taken first, which also makes
// every split strictly smaller.
class Differ
{
public:
    explicit Differ(std::vector<Match> &matches) : m_matches(matches) {}

    void diff(Lines a, Lines b, qsizetype aOffset, qsizetype bOffset)
    {
        qsizetype prefix = 0;
        while (prefix < qsizetype(a.size()) && prefix < qsizetype(b.size()) && a[prefix] == b[prefix])
            ++prefix;
        for (qsizetype i = 0; i < prefix; ++i)
            m_matches.push_back({aOffset + i, bOffset + i});
        a = a.subspan(prefix);
        b = b.subspan(prefix);
        aOffset += prefix;
        bOffset += prefix;

        qsizetype suffix = 0;
        while (suffix < qsizetype(a.size()) && suffix < qsizetype(b.size())
               && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
            ++suffix;
        }
        a = a.first(a.size() - suffix);
        b = b.first(b.size() - suffix);

        if (!a.empty() && !b.empty())
            bisect(a, b, aOffset, bOffset);

        for (qsizetype i = 0; i < suffix; ++i)
            m_matches.push_back({aOffset + qsizetype(a.size()) + i, bOffset + qsizetype(b.size()) + i});
    }

private:
    // a and b are non-empty and differ in their first and in their last line.
    void bisect(Lines a, Lines b, qsizetype aOffset, qsizetype bOffset)
    {
        const qsizetype n = qsizetype(a.size());
        const qsizetype m = qsizetype(b.size());
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD + 1;
        std::vector<qsizetype> forward(size_t(2 * offset + 1), -1);
        std::vector<qsizetype> backward(size_t(2 * offset + 1), -1);
        forward[size_t(offset + 1)] = 0;
        backward[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        // With an odd delta the paths meet while going forward, with an even one while going backward.
        const bool meetForward = (delta % 2) != 0;
        // Diagonals that ran off the grid are not searched again.
        qsizetype forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0;

        for (qsizetype d = 0; d <= maxD; ++d) {
            for (qsizetype k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
                const size_t at = size_t(offset + k);
                qsizetype x = (k == -d || (k != d && forward[at - 1] < forward[at + 1])) ? forward[at + 1] : forward[at - 1] + 1;
                qsizetype y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    ++x;
                    ++y;
                }
                forward[at] = x;
                if (x > n) {
                    forwardEnd += 2;
                } else if (y > m) {
                    forwardStart += 2;
                } else if (meetForward) {
                    const qsizetype other = offset + delta - k;
                    if (other >= 0 && other < qsizetype(backward.size()) && backward[size_t(other)] != -1
                        && x >= n - backward[size_t(other)]) {
                        split(a, b, aOffset, bOffset, x, y);
                        return;
                    }
                }
            }
            for (qsizetype k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
                const size_t at = size_t(offset + k);
                qsizetype x = (k == -d || (k != d && backward[at - 1] < backward[at + 1])) ? backward[at + 1] : backward[at - 1] + 1;
                qsizetype y = x - k;
                while (x < n && y < m && a[n - 1 - x] == b[m - 1 - y]) {
                    ++x;
                    ++y;
                }
                backward[at] = x;
                if (x > n) {
                    backwardEnd += 2;
                } else if (y > m) {
                    backwardStart += 2;
                } else if (!meetForward) {
                    const qsizetype other = offset + delta - k;
                    if (other >= 0 && other < qsizetype(forward.size()) && forward[size_t(other)] != -1) {
                        const qsizetype forwardX = forward[size_t(other)];
                        const qsizetype forwardY = forwardX - (other - offset);
                        if (forwardX >= n - x) {
                            split(a, b, aOffset, bOffset, forwardX, forwardY);
                            return;
                        }
                    }
                }
            }
        }
        // Not reached: the searches always meet by maxD. Nothing in common is still a correct answer.
    }

    void split(Lines a, Lines b, qsizetype aOffset, qsizetype bOffset, qsizetype x, qsizetype y)
    {
        diff(a.first(size_t(x)), b.first(size_t(y)), aOffset, bOffset);
        diff(a.subspan(size_t(x)), b.subspan(size_t(y)), aOffset + x, bOffset + y);
    }

    std::vector<Match> &m_matches;
};

} // namespace

QList<LineHunk> diffLines(const QStringList &base, const QStringList &other)
{
    QHash<QString, int> numbers;
    auto number = [&numbers](const QStringList &lines) {
        std::vector<int> result;
        result.reserve(size_t(lines.size()));
        for (const QString &line : lines) {
            auto it = numbers.constFind(line);
            if (it == numbers.cend())
                it = numbers.insert(line, int(numbers.size()));
            result.push_back(*it);
        }
        return result;
    };
    const std::vector<int> a = number(base);
    const std::vector<int> b = number(other);

    std::vector<Match> matches;
    Differ(matches).diff(Lines(a), Lines(b), 0, 0);
    matches.push_back({base.size(), other.size()}); // a sentinel: closes the last hunk

    QList<LineHunk> hunks;
    qsizetype i = 0;
    qsizetype j = 0;
    for (const Match &match : matches) {
        if (match.a > i || match.b > j)
            hunks.append({i, match.a, j, match.b});
        i = match.a + 1;
        j = match.b + 1;
    }
    return hunks;
}

} // namespace kj
