#pragma once

#include "models/domain/result.h"
#include "server-stub/http/response.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

namespace kj::server::http {

struct Request;

//! Where the transport writes a request body that the application chose to stream (an upload chunk)
//! instead of holding it in memory. Written on the connection's I/O thread, piece by piece, in order.
//! Destroyed without the handler seeing it when the body does not arrive whole (client gone, time-out,
//! framing error): whatever it wrote then is the application's to undo.
class BodySink
{
public:
    virtual ~BodySink() = default;
    //! The next bytes of the body. An error stops reading: the transport answers it and closes.
    [[nodiscard]] virtual Status write(const char *data, std::size_t size) = 0;
};

//! What the transport does with the body of a request whose head has arrived.
struct BodyPlan {
    //! Whole in memory, up to Limits::jsonBodyBytes (the default for every request).
    [[nodiscard]] static BodyPlan inMemory() { return {}; }
    //! Into `sink`, up to Limits::streamedBodyBytes; the handler then gets the request with
    //! Request::bodySink set and an empty Request::body.
    [[nodiscard]] static BodyPlan stream(std::shared_ptr<BodySink> sink)
    {
        BodyPlan plan;
        plan.sink = std::move(sink);
        return plan;
    }
    //! Answer at once, without reading the body (which is then drained and the connection closed);
    //! a client that sent "Expect: 100-continue" never sends it.
    [[nodiscard]] static BodyPlan refuse(Response response)
    {
        BodyPlan plan;
        plan.refusal = std::move(response);
        return plan;
    }

    std::shared_ptr<BodySink> sink;
    std::optional<Response> refusal;
};

//! Decides a request's BodyPlan from its head (Request::body empty), on the I/O thread, before any
//! body byte is read or "100 Continue" sent; must be thread-safe.
using BodyPlanner = std::function<BodyPlan(const Request &head)>;

} // namespace kj::server::http
