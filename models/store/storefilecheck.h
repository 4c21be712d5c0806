#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QString>

namespace kj::store {

//! Tells a damaged local store file from a sound one before it is opened, and moves a damaged one aside
//! (with its -wal and -shm) so that it is kept for the person, never deleted or silently replaced.
class StoreFileCheck
{
public:
    enum class Verdict {
        Sound,      // absent, empty (a new store), or SQLite finds nothing wrong
        Damaged,    // not an SQLite database, cut short, or failing SQLite's quick_check
        Unreadable, // cannot be read now (permissions, I/O, busy): reported, left where it is
    };
    struct Outcome {
        Verdict verdict = Verdict::Sound;
        QString reason; // for a person, empty when sound
        bool quickChecked = false; // SQLite's quick_check ran (not for a file unchanged since a clean close)
    };

    //! Looks at the file at `path`: its header, its length, then SQLite's PRAGMA quick_check through a
    //! connection of its own (which reads the -wal too). The quick_check reads the whole file (half a second
    //! for 100,000 diaries), so it is left out for a file unchanged since recordCleanClose(): same device,
    //! inode, size and modification time to the nanosecond, no -wal or journal. Reading that record removes
    //! it, so a store that was opened and then not closed cleanly (a crash) is checked in full next time.
    [[nodiscard]] static Outcome check(const QString &path);

    //! Called when the store's own connection to `path` has closed: if nothing is left in a -wal or journal,
    //! stamps the file with a modification time of its own (now, with a random fraction of a second that no
    //! later write, which takes the kernel's coarse clock, would repeat) and records it beside the file in
    //! "<path>.closed". Does nothing else; a failure only means the next check is a full one.
    static void recordCleanClose(const QString &path);

    //! Renames `path` to "<path>.corrupt-<UTC time>" and its "-wal" and "-shm" files to the same name plus
    //! "-wal" and "-shm" (so SQLite tools open them together). Gives the new path of the main file.
    [[nodiscard]] static Result<QString> moveAside(const QString &path, const QDateTime &now);

    //! details key of a Storage error whose store was moved aside: the path it is kept at.
    static inline const QString kKeptAtKey = QStringLiteral("keptAt");
};

} // namespace kj::store
