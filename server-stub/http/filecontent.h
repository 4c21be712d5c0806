#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QtGlobal>
#include <cstddef>
#include <memory>

namespace kj::server::http {

//! An open file whose bytes (all of them, or one range) the transport sends as a response body piece by
//! piece, so that a large file is never whole in memory. One response reads it, once, on its I/O thread.
class FileContent
{
public:
    //! Opens `path` for reading; the content is the whole file until selectRange() narrows it.
    [[nodiscard]] static Result<std::shared_ptr<FileContent>> open(const QString &path);
    ~FileContent();
    FileContent(const FileContent &) = delete;
    FileContent &operator=(const FileContent &) = delete;

    //! The size of the file when it was opened.
    [[nodiscard]] quint64 fileSize() const { return m_fileSize; }
    //! Sends `length` bytes from `offset` instead; the range must lie within the file.
    void selectRange(quint64 offset, quint64 length);
    [[nodiscard]] quint64 offset() const { return m_offset; }
    //! How many bytes the body has (the Content-Length).
    [[nodiscard]] quint64 length() const { return m_length; }

    //! The transport's side: the next at most `size` bytes of the content, 0 at its end. A file that
    //! ends early (shrunk since it was opened) is an error, never a short body.
    [[nodiscard]] Result<std::size_t> readNext(char *data, std::size_t size);

private:
    struct Handle;
    FileContent(std::unique_ptr<Handle> handle, quint64 fileSize);

    std::unique_ptr<Handle> m_handle;
    quint64 m_fileSize = 0;
    quint64 m_offset = 0;
    quint64 m_length = 0;
    quint64 m_sent = 0;
    bool m_positioned = false;
};

} // namespace kj::server::http
