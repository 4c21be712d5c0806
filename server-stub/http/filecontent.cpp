#include "server-stub/http/filecontent.h"

#include <boost/beast/core/file.hpp>

#include <QFile>
#include <algorithm>

namespace kj::server::http {

struct FileContent::Handle {
    boost::beast::file file;
};

namespace {

Error fileError(const QString &what, const boost::system::error_code &ec)
{
    return fail(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, QString::fromStdString(ec.message())));
}

} // namespace

Result<std::shared_ptr<FileContent>> FileContent::open(const QString &path)
{
    auto handle = std::make_unique<Handle>();
    boost::system::error_code ec;
    handle->file.open(QFile::encodeName(path).constData(), boost::beast::file_mode::scan, ec);
    if (ec)
        return fileError(QStringLiteral("cannot open %1").arg(path), ec);
    const std::uint64_t size = handle->file.size(ec);
    if (ec)
        return fileError(QStringLiteral("cannot learn the size of %1").arg(path), ec);
    return std::shared_ptr<FileContent>(new FileContent(std::move(handle), quint64(size)));
}

FileContent::FileContent(std::unique_ptr<Handle> handle, quint64 fileSize)
    : m_handle(std::move(handle)), m_fileSize(fileSize), m_length(fileSize)
{
}

FileContent::~FileContent() = default;

void FileContent::selectRange(quint64 offset, quint64 length)
{
    Q_ASSERT(offset <= m_fileSize && length <= m_fileSize - offset);
    m_offset = offset;
    m_length = length;
}

Result<std::size_t> FileContent::readNext(char *data, std::size_t size)
{
    boost::system::error_code ec;
    if (!m_positioned) {
        m_handle->file.seek(m_offset, ec);
        if (ec)
            return fileError(QStringLiteral("cannot seek in a response body"), ec);
        m_positioned = true;
    }
    const std::size_t wanted = std::size_t(std::min<quint64>(size, m_length - m_sent));
    if (wanted == 0)
        return std::size_t(0);
    const std::size_t read = m_handle->file.read(data, wanted, ec);
    if (ec)
        return fileError(QStringLiteral("cannot read a response body"), ec);
    if (read == 0)
        return fail(ErrorCode::Internal, QStringLiteral("a response body's file ended %1 bytes early").arg(m_length - m_sent));
    m_sent += read;
    return read;
}

} // namespace kj::server::http
