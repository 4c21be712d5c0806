#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcAccess) // "kj.server.access" (logline.h), info: one line a request

namespace kj::server::logging {

//! What the access log says of one answered request: never a body, a query, a password or a token.
struct AccessRecord {
    QByteArray requestId;
    QByteArray method;
    QString route;   // the route's pattern, e.g. "/api/v1/diaries/{id}"; empty when none matched
    QString path;    // as asked, percent-decoded, without the query
    int status = 0;
    quint64 bytes = 0; // the answer's body
    std::chrono::nanoseconds duration{0};
    QString remoteAddress;
    bool beforeBody = false; // refused once the head was in, its body never read
};

//! The record as logfmt fields: request_id, method, route, path, status, bytes, duration_ms, remote[, body=unread].
[[nodiscard]] QByteArray accessFields(const AccessRecord &record);
//! Logs the record as one info line of lcAccess.
void logAccess(const AccessRecord &record);

} // namespace kj::server::logging
