#pragma once

#include "server-stub/media/sha256.h"

#include <QMutex>
#include <QString>
#include <optional>
#include <unordered_map>

namespace kj::server::media {

//! The SHA-256 state of each open upload over the bytes it holds so far, kept between its PATCHes so that
//! completing it needs no second pass over the file. In memory only, one small state per open upload: after
//! a restart, or when a state does not cover the upload's offset, the file is read again instead. Thread-safe.
class UploadDigests
{
public:
    //! A state to go on hashing the upload from `offset`: a copy of the kept one if it covers exactly the
    //! first `offset` bytes (the kept one stays, for a PATCH that does not arrive whole), a fresh one at 0;
    //! nullopt otherwise.
    [[nodiscard]] std::optional<Sha256> resume(const QString &uploadId, qint64 offset) const;
    //! Keeps `state` as covering the upload's first `offset` bytes, in place of what was kept.
    void keep(const QString &uploadId, qint64 offset, Sha256 state);
    //! Forgets the upload's state (completed, refused, swept).
    void drop(const QString &uploadId);
    //! How many uploads have a state kept.
    [[nodiscard]] qsizetype count() const;

private:
    struct Kept {
        qint64 offset;
        Sha256 state;
    };

    mutable QMutex m_mutex;
    std::unordered_map<QString, Kept> m_kept; // guarded by m_mutex
};

} // namespace kj::server::media
