#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace kj::server::logging {

//! The category of the access log, one line a request, whose messages are logfmt fields already (accesslog.h).
inline constexpr char kAccessCategory[] = "kj.server.access";

//! One line of the server's log, in logfmt (logfmt.h), ending in '\n':
//!
//!     time=2026-11-28T01:30:00.123Z level=warning logger=kj.server.api request_id=4f1c… msg="GET /api/v1/feed …"
//!
//! `requestId` (RequestScope::current() where the line was logged) is left out when empty. A message of the access
//! log is appended as the fields it is, after `logger` (it carries its own request_id); any other becomes `msg`.
[[nodiscard]] QByteArray formatLogLine(QtMsgType type, const char *category, const QString &message,
                                       QByteArrayView requestId, const QDateTime &time);

} // namespace kj::server::logging
