#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace kj::server::http {

//! One HTTP response built by the application; the transport adds Content-Length, Date, Server and
//! Connection headers.
struct Response {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. {"Retry-After", "900"}

    [[nodiscard]] static Response json(int status, const QJsonObject &object);
    [[nodiscard]] static Response noContent() { return Response{204, {}, {}, {}}; }
};

} // namespace kj::server::http
