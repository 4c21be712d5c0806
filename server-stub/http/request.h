#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>
#include <chrono>
#include <memory>

namespace kj::server::http {

class BodySink;

//! One HTTP request as the transport hands it to the application: already size-checked and whole
//! (the body in memory, or, for a route the application streams, written to its BodySink).
struct Request {
    QByteArray method;          // "GET", "PUT", ...
    QString path;               // percent-decoded path without the query, e.g. "/api/v1/diaries/<id>"
    QUrlQuery query;            // decoded query items
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;            // empty when the body was streamed (see bodySink)
    std::shared_ptr<BodySink> bodySink; // the sink a BodyPlanner chose, holding the whole body; null otherwise
    quint64 streamedBytes = 0;  // how many body bytes went into bodySink
    QString remoteAddress;      // the peer's IP address, e.g. "127.0.0.1"
    QByteArray id;              // the request id the answer carries in X-Request-Id (requestid.h)
    std::chrono::steady_clock::time_point receivedAt{}; // when its head was in: where its duration starts

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    //! One query item fully decoded ("a%2Bb%3D" gives "a+b="; a '+' stays a '+'), empty if absent.
    //! Prefer it to query.queryItemValue(key), whose default keeps "%2B" and "%25" encoded.
    [[nodiscard]] QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace kj::server::http
