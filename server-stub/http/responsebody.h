#pragma once

#include "server-stub/http/filecontent.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace kj::server::http::detail {

//! The Beast body of every answer: bytes in memory (JSON, errors), or a FileContent read piece by piece
//! while the socket takes it, so serving a large file holds one piece per connection, not the file.
struct ResponseBody {
    struct value_type {
        std::string bytes;
        std::shared_ptr<FileContent> file; // when set, the body (bytes stays empty)
    };

    static std::uint64_t size(const value_type &body)
    {
        return body.file ? body.file->length() : std::uint64_t(body.bytes.size());
    }

    class writer
    {
    public:
        using const_buffers_type = boost::asio::const_buffer;

        template<bool isRequest, class Fields>
        writer(boost::beast::http::header<isRequest, Fields> &, value_type &body) : m_body(body)
        {
        }

        void init(boost::system::error_code &ec)
        {
            ec = {};
            if (m_body.file)
                m_piece = std::make_unique<char[]>(kPieceBytes); // only while this answer is written
        }

        boost::optional<std::pair<const_buffers_type, bool>> get(boost::system::error_code &ec)
        {
            ec = {};
            if (!m_body.file) {
                if (m_done || m_body.bytes.empty())
                    return boost::none;
                m_done = true;
                return std::make_pair(const_buffers_type(m_body.bytes.data(), m_body.bytes.size()), false);
            }
            const Result<std::size_t> read = m_body.file->readNext(m_piece.get(), kPieceBytes);
            if (!read) {
                ec = boost::system::errc::make_error_code(boost::system::errc::io_error);
                return boost::none;
            }
            if (*read == 0)
                return boost::none;
            return std::make_pair(const_buffers_type(m_piece.get(), *read), true);
        }

    private:
        static constexpr std::size_t kPieceBytes = 64 * 1024;

        value_type &m_body;
        std::unique_ptr<char[]> m_piece;
        bool m_done = false;
    };
};

} // namespace kj::server::http::detail
