#pragma once

#include "models/domain/error.h"
#include "server-stub/http/asiotypes.h"
#include "server-stub/http/bodysink.h"
#include "server-stub/http/request.h"
#include "server-stub/http/response.h"
#include "server-stub/http/responseconversion.h"

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/serializer.hpp>

#include <QString>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace kj::server::http::detail {

struct SessionContext;

//! One client connection: reads requests one after another (keep-alive, pipelining) under the
//! header and body limits and the time-outs, hands each whole request to the handler on a worker
//! thread and writes the answer. When the server has a BodyPlanner, it is asked after each head whether the body goes
//! to memory, streams to a sink of the application's (piece by piece, never whole in memory), or is
//! refused before it is read. Errors of its own (malformed, too large) are answered in JSON, then the
//! connection is closed gracefully. Every step but the handler runs on the connection's strand.
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    //! `socket` must use a strand of its own as executor.
    HttpSession(tcp::socket socket, std::shared_ptr<SessionContext> context);
    ~HttpSession();
    HttpSession(const HttpSession &) = delete;
    HttpSession &operator=(const HttpSession &) = delete;

    //! Registers with the server and starts reading; closes at once if the server is full or stopping.
    void start();
    //! Closes the connection from any thread; pending reads and writes end.
    void close();
    //! From any thread: closes the connection if it waits for a request; one whose request has begun finishes it
    //! (answered with Connection: close once the server stops) and closes then.
    void closeIfIdle();

private:
    void waitForRequest();
    void onFirstBytes(error_code ec, std::size_t bytes);
    void readHeader();
    void onHeader(error_code ec, std::size_t bytes);
    //! Asks the planner what to do with the body; false when the request was answered already.
    [[nodiscard]] bool planBody();
    [[nodiscard]] BodyPlan callPlanner(const Request &head);
    void readStreamedPiece();
    void onStreamedPiece(error_code ec, std::size_t bytes);
    void handleStreamedRequest();
    void onContinueSent(error_code ec, std::size_t bytes);
    void readBody();
    void onBody(error_code ec, std::size_t bytes);
    void handleRequest();
    //! Runs the handler on a worker thread (inline when the server has none) and sends its answer from the strand.
    void dispatch(Request request, const Framing &framing);
    [[nodiscard]] Response callHandler(const Request &request);
    void send(Response response, Framing framing);
    void writeSome();
    void onWritten(error_code ec, std::size_t bytes);
    void onSent(bool keepAlive, error_code ec);
    //! Maps a read failure to an answer (431, 413, 400) or a silent close (time-out, reset, EOF).
    void onReadFailed(error_code ec);
    //! Answers an error the transport found by itself, then closes gracefully.
    void refuse(ErrorCode code, const QString &message);
    void refuse(Response response);
    //! Half-closes and drains what the client still sends, so it reads our answer instead of a reset.
    void lingerThenClose();
    void onLingerRead(error_code ec, std::size_t bytes);
    void closeNow();

    beast::tcp_stream m_stream;
    std::shared_ptr<SessionContext> m_context;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    std::size_t m_bodyLimit = 0; // of the request being read
    // A streamed body: the head as the application saw it, the sink, the parser that reads into
    // m_piece, how many bytes went to the sink, and when the whole body must be in.
    std::optional<Request> m_streamedHead;
    std::shared_ptr<BodySink> m_sink;
    std::optional<bhttp::request_parser<bhttp::buffer_body>> m_streamParser;
    std::vector<char> m_piece;
    quint64 m_streamed = 0;
    std::chrono::steady_clock::time_point m_streamDeadline;
    // The answer being written, piece by piece through its serializer (a file body is read as it goes),
    // and whether the connection stays open after it.
    std::optional<WireResponse> m_response;
    std::optional<bhttp::response_serializer<ResponseBody>> m_serializer;
    bool m_keepOpen = false;
    std::size_t m_drained = 0;
    QString m_remoteAddress;
    // The request being read or answered: its id (X-Request-Id) and when its head was in.
    QByteArray m_requestId;
    std::chrono::steady_clock::time_point m_receivedAt;
    bool m_idle = false; // waiting for the first bytes of a request: nothing begun that stopping would cut off
    bool m_admitted = false;
    bool m_closed = false;
};

} // namespace kj::server::http::detail
