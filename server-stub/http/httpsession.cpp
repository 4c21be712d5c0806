#include "server-stub/http/httpsession.h"

#include "server-stub/api/errorstatus.h"
#include "server-stub/http/requestconversion.h"
#include "server-stub/http/responseconversion.h"
#include "server-stub/http/sessioncontext.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/execution/outstanding_work.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/prefer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <chrono>
#include <exception>

namespace kj::server::http::detail {

namespace {

constexpr std::size_t kFirstReadBytes = 4096;
// Lingering close as nginx does it: time and bytes enough for a client to finish sending a refused
// body and then read our answer, instead of seeing a reset; bounded so no client can hold us.
constexpr std::chrono::seconds kLingerTime{5};
constexpr std::size_t kLingerBytes = 16 * 1024 * 1024;
constexpr std::size_t kDrainChunk = 8 * 1024; // small: under attack thousands of connections may linger
constexpr std::size_t kStreamPiece = 64 * 1024; // what one streamed read hands to the sink at most
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

QString peerAddress(const tcp::socket &socket)
{
    error_code ec;
    const tcp::endpoint endpoint = socket.remote_endpoint(ec);
    if (ec)
        return {};
    net::ip::address address = endpoint.address();
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        address = net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6());
    return QString::fromStdString(address.to_string());
}

bool isParseError(const error_code &ec)
{
    return ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category()
        && ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message;
}

} // namespace

HttpSession::HttpSession(tcp::socket socket, std::shared_ptr<SessionContext> context)
    : m_stream(std::move(socket)), m_context(std::move(context)), m_remoteAddress(peerAddress(m_stream.socket()))
{
    error_code ignored;
    m_stream.socket().set_option(tcp::no_delay(true), ignored);
}

HttpSession::~HttpSession()
{
    if (m_admitted)
        m_context->registry.remove(this);
}

void HttpSession::start()
{
    switch (m_context->registry.admit(shared_from_this())) {
    case ConnectionRegistry::Admission::Admitted:
        m_admitted = true;
        net::dispatch(m_stream.get_executor(),
                      beast::bind_front_handler(&HttpSession::waitForRequest, shared_from_this()));
        return;
    case ConnectionRegistry::Admission::Full:
        m_context->warnings.warn(QStringLiteral("refusing a connection from %1: %2 connections are open already")
                                     .arg(m_remoteAddress)
                                     .arg(m_context->limits.maxConnections));
        break;
    case ConnectionRegistry::Admission::Stopping:
        break;
    }
    closeNow();
}

void HttpSession::close()
{
    net::post(m_stream.get_executor(), [self = shared_from_this()] { self->closeNow(); });
}

void HttpSession::closeIfIdle()
{
    net::post(m_stream.get_executor(), [self = shared_from_this()] {
        if (self->m_idle)
            self->closeNow();
    });
}

void HttpSession::waitForRequest()
{
    if (m_closed)
        return;
    m_requestId.clear();
    if (m_context->registry.stopping()) { // a request pipelined behind the last answer is not begun: not served
        closeNow();
        return;
    }
    const Limits &limits = m_context->limits;
    m_parser.emplace();
    m_parser->header_limit(std::uint32_t(std::min<std::size_t>(limits.headerBytes, UINT32_MAX)));
    // The parser checks a Content-Length against this as soon as the head is in; planBody() then
    // narrows it to the limit of the body plan chosen for this request.
    m_bodyLimit = m_context->planBody ? std::max(limits.jsonBodyBytes, limits.streamedBodyBytes) : limits.jsonBodyBytes;
    m_parser->body_limit(std::uint64_t(m_bodyLimit));
    if (m_buffer.size() > 0) { // the next pipelined request has begun already
        readHeader();
        return;
    }
    // Waiting for a request is bounded by the idle time-out; once it begins, by the read time-out.
    m_stream.expires_after(std::chrono::seconds(limits.idleTimeoutSeconds));
    m_idle = true;
    m_stream.async_read_some(m_buffer.prepare(kFirstReadBytes),
                             beast::bind_front_handler(&HttpSession::onFirstBytes, shared_from_this()));
}

void HttpSession::onFirstBytes(error_code ec, std::size_t bytes)
{
    m_idle = false;
    if (m_closed)
        return;
    if (ec) {
        if (ec == beast::error::timeout)
            qCDebug(lcHttp) << "closing an idle connection from" << m_remoteAddress;
        closeNow();
        return;
    }
    m_buffer.commit(bytes);
    readHeader();
}

void HttpSession::readHeader()
{
    m_stream.expires_after(std::chrono::seconds(m_context->limits.readTimeoutSeconds));
    bhttp::async_read_header(m_stream, m_buffer, *m_parser,
                             beast::bind_front_handler(&HttpSession::onHeader, shared_from_this()));
}

void HttpSession::onHeader(error_code ec, std::size_t)
{
    if (m_closed)
        return;
    if (ec) {
        onReadFailed(ec);
        return;
    }
    const WireRequest &message = m_parser->get();
    m_receivedAt = std::chrono::steady_clock::now();
    const beast::string_view offeredId = message["X-Request-Id"];
    m_requestId = m_context->requestIds.take(QByteArray(offeredId.data(), qsizetype(offeredId.size())));
    // RFC 7230 sections 3.3.3 and 5.4. The parser lets both through; a body whose end we cannot
    // find would be read as the next request (request smuggling behind a proxy).
    if (message.count(bhttp::field::transfer_encoding) > 0 && !m_parser->chunked()) {
        refuse(ErrorCode::BadRequest, QStringLiteral("a request with a Transfer-Encoding must end it with chunked"));
        return;
    }
    if (message.version() >= 11 && message.count(bhttp::field::host) != 1) {
        refuse(ErrorCode::BadRequest, QStringLiteral("an HTTP/1.1 request needs exactly one Host header"));
        return;
    }
    if (m_context->planBody && !planBody())
        return;
    if (m_parser->is_done()) {
        handleRequest();
        return;
    }
    // The body fits the limit (the parser refused a larger Content-Length already), so the client
    // may send it. HTTP/1.0 clients do not know 100 Continue (RFC 7231 section 5.1.1).
    if (message.version() >= 11 && beast::iequals(message[bhttp::field::expect], "100-continue")) {
        net::async_write(m_stream, net::buffer(kContinue.data(), kContinue.size()),
                         beast::bind_front_handler(&HttpSession::onContinueSent, shared_from_this()));
        return;
    }
    readBody();
}

void HttpSession::onContinueSent(error_code ec, std::size_t)
{
    if (m_closed)
        return;
    if (ec) {
        closeNow();
        return;
    }
    readBody();
}

bool HttpSession::planBody()
{
    const Limits &limits = m_context->limits;
    Result<Request> head = toRequestHead(m_parser->get(), m_remoteAddress);
    if (!head) {
        m_bodyLimit = limits.jsonBodyBytes; // a bad target is answered once the body is in, as without a planner
        m_parser->body_limit(std::uint64_t(m_bodyLimit));
        return true;
    }
    head->id = m_requestId;
    head->receivedAt = m_receivedAt;
    BodyPlan plan = callPlanner(*head);
    if (plan.refusal) {
        refuse(std::move(*plan.refusal));
        return false;
    }
    m_bodyLimit = plan.sink ? limits.streamedBodyBytes : limits.jsonBodyBytes;
    if (const boost::optional<std::uint64_t> length = m_parser->content_length(); length && *length > m_bodyLimit) {
        refuse(ErrorCode::PayloadTooLarge, QStringLiteral("the request body is larger than %1 bytes").arg(m_bodyLimit));
        return false;
    }
    m_parser->body_limit(std::uint64_t(m_bodyLimit)); // for a chunked body, checked as it comes
    if (plan.sink) {
        m_streamedHead = std::move(head).value();
        m_sink = std::move(plan.sink);
        m_streamed = 0;
    }
    return true;
}

BodyPlan HttpSession::callPlanner(const Request &head)
{
    QString problem;
    try {
        return m_context->planBody(head);
    } catch (const std::exception &e) {
        problem = QString::fromLocal8Bit(e.what());
    } catch (...) {
        problem = QStringLiteral("an exception not derived from std::exception");
    }
    m_context->warnings.warn(QStringLiteral("the body planner failed on %1 %2 (request %3): %4")
                                 .arg(QString::fromLatin1(head.method), head.path, QString::fromLatin1(head.id), problem));
    return BodyPlan::refuse(errorResponse(fail(ErrorCode::Internal, QStringLiteral("internal server error"))));
}

void HttpSession::readBody()
{
    if (m_sink) {
        // The parser so far read the head into a string body; from here the body goes piece by piece
        // through a fixed buffer to the sink.
        m_streamParser.emplace(std::move(*m_parser));
        m_parser.reset();
        m_piece.resize(kStreamPiece);
        // Beast reads only into the buffer's free room, and the buffer was sized by the head's first 4 KiB read:
        // without room for a whole piece a 50 MiB body arrives in 4 KiB reads, each re-arming the timer.
        m_buffer.reserve(m_buffer.size() + kStreamPiece);
        m_streamDeadline = std::chrono::steady_clock::now() + std::chrono::seconds(m_context->limits.streamedBodySeconds);
        readStreamedPiece();
        return;
    }
    // Still under the deadline readHeader() set: header and body together must arrive in time.
    bhttp::async_read(m_stream, m_buffer, *m_parser, beast::bind_front_handler(&HttpSession::onBody, shared_from_this()));
}

void HttpSession::onBody(error_code ec, std::size_t)
{
    if (m_closed)
        return;
    if (ec) {
        onReadFailed(ec);
        return;
    }
    handleRequest();
}

void HttpSession::readStreamedPiece()
{
    bhttp::buffer_body::value_type &body = m_streamParser->get().body();
    body.data = m_piece.data();
    body.size = m_piece.size();
    // A slow upload may take longer than the read time-out as a whole, but may never fall silent
    // that long, nor outlast the streamed-body deadline.
    const auto now = std::chrono::steady_clock::now();
    const auto silence = std::chrono::steady_clock::duration(std::chrono::seconds(m_context->limits.readTimeoutSeconds));
    m_stream.expires_after(std::max(std::chrono::steady_clock::duration::zero(), std::min(silence, m_streamDeadline - now)));
    bhttp::async_read_some(m_stream, m_buffer, *m_streamParser,
                           beast::bind_front_handler(&HttpSession::onStreamedPiece, shared_from_this()));
}

void HttpSession::onStreamedPiece(error_code ec, std::size_t)
{
    if (m_closed)
        return;
    if (ec == bhttp::error::need_buffer) // the piece buffer is full: not an error
        ec = {};
    if (ec) {
        m_sink.reset(); // the application learns that the body did not arrive whole
        onReadFailed(ec);
        return;
    }
    const std::size_t filled = m_piece.size() - m_streamParser->get().body().size;
    if (filled > 0) {
        if (Status written = m_sink->write(m_piece.data(), filled); !written) {
            m_sink.reset();
            refuse(errorResponse(written.error()));
            return;
        }
        m_streamed += filled;
    }
    if (m_streamParser->is_done()) {
        handleStreamedRequest();
        return;
    }
    readStreamedPiece();
}

void HttpSession::handleStreamedRequest()
{
    const bhttp::request_header<> &head = m_streamParser ? m_streamParser->get().base() : m_parser->get().base();
    const bool parserKeepAlive = m_streamParser ? m_streamParser->keep_alive() : m_parser->keep_alive();
    const Framing framing{head.version(), parserKeepAlive && !m_context->registry.stopping(),
                          head.method() == bhttp::verb::head};
    Request request = std::move(*m_streamedHead);
    m_streamedHead.reset();
    request.bodySink = std::move(m_sink);
    request.streamedBytes = std::exchange(m_streamed, 0);
    m_streamParser.reset();
    m_parser.reset();
    std::vector<char>().swap(m_piece);
    dispatch(std::move(request), framing);
}

void HttpSession::onReadFailed(error_code ec)
{
    const Limits &limits = m_context->limits;
    if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
        refuse(ErrorCode::HeaderTooLarge,
               QStringLiteral("the request line and headers are larger than %1 bytes").arg(limits.headerBytes));
    } else if (ec == bhttp::error::body_limit) {
        refuse(ErrorCode::PayloadTooLarge,
               QStringLiteral("the request body is larger than %1 bytes").arg(m_bodyLimit));
    } else if (isParseError(ec)) {
        refuse(ErrorCode::BadRequest, QStringLiteral("malformed HTTP request: %1").arg(QString::fromStdString(ec.message())));
    } else {
        // Time-out, reset, or the client went away mid-request: nobody is left to answer.
        qCDebug(lcHttp) << "closing the connection from" << m_remoteAddress << "while reading:" << ec.message().c_str();
        closeNow();
    }
}

void HttpSession::refuse(ErrorCode code, const QString &message)
{
    qCDebug(lcHttp) << "refusing a request from" << m_remoteAddress << ":" << message;
    send(errorResponse(fail(code, message)), Framing{11, false, false});
}

void HttpSession::refuse(Response response)
{
    qCDebug(lcHttp) << "refusing a request from" << m_remoteAddress << "before its body:" << response.status;
    m_sink.reset();
    m_streamedHead.reset();
    send(std::move(response), Framing{11, false, false});
}

void HttpSession::handleRequest()
{
    if (m_sink) { // a streamed route whose body was empty
        handleStreamedRequest();
        return;
    }
    WireRequest &wire = m_parser->get();
    const Framing framing{wire.version(), wire.keep_alive() && !m_context->registry.stopping(),
                          wire.method() == bhttp::verb::head};
    Result<Request> request = toRequest(wire, m_remoteAddress);
    m_parser.reset();
    if (!request) {
        send(errorResponse(request.error()), framing);
        return;
    }
    dispatch(std::move(request).value(), framing);
}

void HttpSession::dispatch(Request request, const Framing &framing)
{
    request.id = m_requestId;
    request.receivedAt = m_receivedAt;
    const Lane lane = m_context->laneOf ? m_context->laneOf(request) : Lane::Ordinary;
    net::thread_pool *pool = m_context->workers.pool(lane);
    if (!pool) { // Lane::Inline, or no pools started
        Response response = callHandler(request);
        request.bodySink.reset(); // before the answer goes out: the application's work on it is over
        send(std::move(response), framing);
        return;
    }
    // The strand, tracked as outstanding work: the I/O threads do not run out of work (and the server's stop()
    // does not end them) while a handler runs. Nothing reads from the connection meanwhile: pipelined requests
    // wait in m_buffer, so answers leave in order.
    net::any_io_executor strand = net::prefer(m_stream.get_executor(), net::execution::outstanding_work.tracked);
    net::post(*pool, [self = shared_from_this(), request = std::move(request), framing, strand = std::move(strand)]() mutable {
        Response response = self->callHandler(request);
        request.bodySink.reset();
        net::post(strand, [self = std::move(self), response = std::move(response), framing]() mutable {
            if (!self->m_closed) // closed meanwhile (the server stops): nobody is left to answer
                self->send(std::move(response), framing);
        });
    });
}

Response HttpSession::callHandler(const Request &request)
{
    QString problem;
    try {
        return m_context->handler(request);
    } catch (const std::exception &e) {
        problem = QString::fromLocal8Bit(e.what());
    } catch (...) {
        problem = QStringLiteral("an exception not derived from std::exception");
    }
    m_context->warnings.warn(QStringLiteral("the handler failed on %1 %2 (request %3): %4")
                                 .arg(QString::fromLatin1(request.method), request.path, QString::fromLatin1(request.id),
                                      problem));
    return errorResponse(fail(ErrorCode::Internal, QStringLiteral("internal server error")));
}

void HttpSession::send(Response response, Framing framing)
{
    if (const QString problem = responseProblem(response); !problem.isEmpty()) {
        m_context->warnings.warn(QStringLiteral("the handler's answer is not valid HTTP: %1").arg(problem));
        response = errorResponse(fail(ErrorCode::Internal, QStringLiteral("internal server error")));
    }
    if (!m_requestId.isEmpty())
        response.headers.append({QByteArrayLiteral("X-Request-Id"), m_requestId});
    // The server began stopping while this request was handled: its answer is the connection's last.
    if (m_context->registry.stopping())
        framing.keepAlive = false;
    m_response.emplace(toWireResponse(std::move(response), framing));
    m_serializer.emplace(*m_response);
    m_keepOpen = !m_response->need_eof();
    writeSome();
}

void HttpSession::writeSome()
{
    // A client that does not take its answer is cut off like one that does not send its request; a
    // large answer (a 50 MiB track) may take longer as a whole, but the client may never fall silent.
    m_stream.expires_after(std::chrono::seconds(m_context->limits.readTimeoutSeconds));
    bhttp::async_write_some(m_stream, *m_serializer, beast::bind_front_handler(&HttpSession::onWritten, shared_from_this()));
}

void HttpSession::onWritten(error_code ec, std::size_t)
{
    if (!ec && !m_closed && !m_serializer->is_done()) {
        writeSome();
        return;
    }
    if (ec == boost::system::errc::io_error) // ResponseBody's word for a file that failed mid-answer
        m_context->warnings.warn(QStringLiteral("cutting off an answer to %1: its file could not be read").arg(m_remoteAddress));
    onSent(m_keepOpen, ec);
}

void HttpSession::onSent(bool keepAlive, error_code ec)
{
    m_serializer.reset();
    m_response.reset();
    if (m_closed)
        return;
    if (ec) {
        closeNow();
        return;
    }
    if (keepAlive)
        waitForRequest();
    else
        lingerThenClose();
}

void HttpSession::lingerThenClose()
{
    error_code ec;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) {
        closeNow();
        return;
    }
    m_parser.reset();
    m_buffer.clear(); // what the client still sends is read into it and never committed
    m_stream.expires_after(kLingerTime);
    m_stream.async_read_some(m_buffer.prepare(kDrainChunk),
                             beast::bind_front_handler(&HttpSession::onLingerRead, shared_from_this()));
}

void HttpSession::onLingerRead(error_code ec, std::size_t bytes)
{
    if (m_closed)
        return;
    m_drained += bytes;
    if (ec || m_drained >= kLingerBytes) {
        closeNow();
        return;
    }
    m_stream.async_read_some(m_buffer.prepare(kDrainChunk),
                             beast::bind_front_handler(&HttpSession::onLingerRead, shared_from_this()));
}

void HttpSession::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    m_stream.close();
}

} // namespace kj::server::http::detail
