#pragma once

#include <QList>
#include <QStringList>

namespace kj {

//! One place where two sequences of lines differ: lines [baseBegin, baseEnd) of the first are replaced
//! by lines [otherBegin, otherEnd) of the second. An empty base range is an insertion, an empty other
//! range a deletion.
struct LineHunk {
    qsizetype baseBegin = 0;
    qsizetype baseEnd = 0;
    qsizetype otherBegin = 0;
    qsizetype otherEnd = 0;

    [[nodiscard]] bool isInsertion() const { return baseBegin == baseEnd; }
    friend bool operator==(const LineHunk &, const LineHunk &) = default;
};

//! A shortest edit script between two sequences of lines (Myers' O(ND) difference algorithm in linear
//! space), as hunks in order. Lines are compared exactly. Two hunks never touch: at least one common line
//! lies between them. The same inputs always give the same hunks.
[[nodiscard]] QList<LineHunk> diffLines(const QStringList &base, const QStringList &other);

} // namespace kj
