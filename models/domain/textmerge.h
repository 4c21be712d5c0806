#pragma once

#include <QString>
#include <QStringView>

namespace kj {

//! What a three-way merge of a text made: the text, and at how many places the two versions could not
//! both be applied (each such place is marked in the text, see MergeMarkers).
struct MergedText {
    QString text;
    int conflicts = 0;

    [[nodiscard]] bool clean() const { return conflicts == 0; }
    friend bool operator==(const MergedText &, const MergedText &) = default;
};

//! The lines a merge writes around the places it could not resolve. They are plain sentences a person
//! understands in a diary (not git's <<<<<<<), each a paragraph of its own (a blank line on either side,
//! so Markdown shows them apart from the text). A person resolves the place by keeping what they want and
//! deleting the marked lines.
struct MergeMarkers {
    //! Both versions changed one place differently: begin, Version 1, the separator, Version 2, end.
    static inline const QString bothBegin = QStringLiteral("[[ Changed on two devices: both versions are kept. Version 1: ]]");
    static inline const QString bothSeparator = QStringLiteral("[[ Version 2: ]]");
    static inline const QString bothEnd = QStringLiteral("[[ End of the two versions: keep what you want and delete the [[ ]] lines. ]]");
    //! One version deleted what the other changed: the change is kept between these two lines.
    static inline const QString keptBegin = QStringLiteral("[[ Deleted on one device but changed on another: the change is kept. ]]");
    static inline const QString keptEnd = QStringLiteral("[[ End of the kept change. ]]");

    //! Whether a text still holds a line a merge wrote (an unresolved place).
    [[nodiscard]] static bool present(QStringView text);
};

//! Merges two versions of a text (mine and theirs) that were both edited from a common base, paragraph by
//! paragraph, as diff3 does with lines.
//!
//! The unit is the line: in diaries a line is a paragraph (Chinese text is often written one paragraph a
//! line with no blank line between), and Markdown blocks are lines separated by blank lines, which are
//! lines too. Each version is compared with the base (a shortest line diff, linediff.h); the places where
//! they changed the base are merged:
//! - a place only one version changed takes that change (different paragraphs merge silently, also when
//!   they are next to each other);
//! - a place both changed the same way takes the change once (also both deleting it);
//! - a place both changed differently (or where both inserted different paragraphs at the same point)
//!   keeps both versions between MergeMarkers::bothBegin and bothEnd; lines the two versions share there
//!   are written once, outside the markers;
//! - a place one version deleted and the other changed keeps the change between MergeMarkers::keptBegin
//!   and keptEnd: a word written is never lost.
//! Each marked place counts as one conflict.
//!
//! Line ends: lines are compared without their "\r", so CRLF and LF versions of one text are equal. The
//! result uses the line end a version changed to (if mine and theirs both changed it differently, or
//! nothing tells, "\n"); likewise whether the text ends with a line break is merged as one more field,
//! so a final newline added or removed does not make the last paragraph differ.
//!
//! The merge is a pure function and does not depend on which version is "mine": mergeText(b, x, y) ==
//! mergeText(b, y, x), and the two versions of a conflict appear in a fixed order (by their text). So the
//! same three texts always give the same result, whichever device merges them; two devices that merge the
//! same edits write the same text, and the server (which takes the first push and makes the second device
//! merge) ends with one text that all devices then pull.
[[nodiscard]] MergedText mergeText(const QString &base, const QString &mine, const QString &theirs);

//! Merges a one-line text (a title): a change on one side wins; two different changes are joined as
//! "one / other" (in the fixed order of mergeText) and count as a conflict. When the joined text would be
//! longer than maxLength (if given, >= 0), the result is mine, still counted as a conflict, so the caller
//! can keep theirs elsewhere.
[[nodiscard]] MergedText mergeLine(const QString &base, const QString &mine, const QString &theirs, qsizetype maxLength = -1);

} // namespace kj
