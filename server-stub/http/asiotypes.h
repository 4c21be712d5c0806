#pragma once

#include "server-stub/http/responsebody.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/string_body.hpp>

//! Short names for the Boost namespaces the transport's internal files use.
namespace kj::server::http::detail {
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;
using error_code = boost::system::error_code;
using WireRequest = bhttp::request<bhttp::string_body>;
using WireResponse = bhttp::response<ResponseBody>; // bytes in memory, or a file read piece by piece
} // namespace kj::server::http::detail
