#pragma once

#include "server-stub/http/bodysink.h"

#include <QFile>
#include <QString>
#include <memory>

namespace kj::server::media {

class MediaStore;

//! The body of one PATCH /uploads/{id}, written to the end of the upload's .part file as it arrives.
//! Holds the upload's claim (no other PATCH of it runs meanwhile). The file is cut back to the
//! offset the store knows when opened (dropping what a cut-off PATCH left), and again when the sink
//! goes without commit(), so the file and the store always agree.
class UploadSink : public http::BodySink
{
public:
    //! Claims the upload and opens its file at `offset`; at most `remaining` bytes may be written.
    //! Conflict if another PATCH of this upload is running.
    [[nodiscard]] static Result<std::shared_ptr<UploadSink>> open(MediaStore &store, const QString &uploadId,
                                                                   qint64 offset, qint64 remaining);
    ~UploadSink() override;

    [[nodiscard]] Status write(const char *data, std::size_t size) override;
    //! Flushes and closes the file; the bytes written are now the store's to count.
    [[nodiscard]] Status commit();

    [[nodiscard]] QString uploadId() const { return m_uploadId; }
    [[nodiscard]] qint64 offset() const { return m_offset; }
    [[nodiscard]] qint64 written() const { return m_written; }

private:
    UploadSink(MediaStore &store, QString uploadId, qint64 offset, qint64 remaining);

    MediaStore &m_store;
    QString m_uploadId;
    QFile m_file;
    qint64 m_offset;
    qint64 m_remaining;
    qint64 m_written = 0;
    bool m_committed = false;
};

} // namespace kj::server::media
