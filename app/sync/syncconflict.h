#pragma once

#include <QDateTime>
#include <QString>

namespace kj::app {

//! An item whose push met a newer revision on the server; the words of both sides were kept.
struct SyncConflict {
    //! How the two versions came together.
    enum class Outcome {
        Merged,   // a three-way merge applied every change of both (edits to different paragraphs)
        BothKept, // at `places` places both versions are kept, marked (models/domain/textmerge.h MergeMarkers)
        Restored, // deleted on one device while changed on another: the item stays, with the change
    };

    QString diaryId; // the item's id (a diary, or any other kind named by `kind`)
    QString title;
    QDateTime at;
    QString kind = QStringLiteral("diary");
    Outcome outcome = Outcome::BothKept;
    int places = 0; // with BothKept: how many places to look at
};

} // namespace kj::app
