#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace kj::server::http {

//! What a request's Range header asks of a body of a known size (RFC 9110 section 14.2), as a server
//! that sends at most one part answers it: the whole body (no Range, a unit other than bytes, a header
//! it cannot read, or several ranges: a multipart/byteranges answer is not worth its cost for media),
//! one part (206), or nothing it has (416).
struct ByteRange {
    enum class Kind { Whole, Part, Unsatisfiable };
    Kind kind = Kind::Whole;
    quint64 offset = 0; // of a Part
    quint64 length = 0; // of a Part, at least 1

    //! Reads `bytes=a-b`, `bytes=a-` or `bytes=-n` against `size`; a last position past the end is
    //! cut to it, a suffix longer than the body gives the whole body as a part.
    [[nodiscard]] static ByteRange fromHeader(const QByteArray &range, quint64 size);
    //! The Content-Range value of a part, e.g. "bytes 0-99/1000".
    [[nodiscard]] QByteArray contentRange(quint64 size) const;
    //! The Content-Range value of a 416 answer, "bytes */<size>".
    [[nodiscard]] static QByteArray unsatisfiedRange(quint64 size);
};

} // namespace kj::server::http
