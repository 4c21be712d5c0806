#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <memory>

namespace kj::server::http {

class FileContent;

//! One HTTP response built by the application; the transport adds Content-Length, Date, Server and
//! Connection headers.
struct Response {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. {"Retry-After", "900"}
    //! When set, the body instead of `body`: the transport streams it from the file (media), so its
    //! Content-Length is the content's length and it is never whole in memory.
    std::shared_ptr<FileContent> file{};

    //! The body streamed from `content`, of type `contentType`.
    [[nodiscard]] static Response streamed(int status, std::shared_ptr<FileContent> content, QByteArray contentType);

    [[nodiscard]] static Response json(int status, const QJsonObject &object);
    [[nodiscard]] static Response noContent() { return Response{204, {}, {}, {}}; }
};

} // namespace kj::server::http
