#pragma once

namespace kj::server {

//! Makes the server's log lines go to stderr in logfmt (logging/logline.h: time, level, logger, the request id of the
//! request being handled on that thread, then the message or the access log's fields), each with one write(2),
//! instead of through Qt's default handler, whose formatting mutex and stdio lock the I/O threads met on for every
//! request (/healthz under wrk: a futex call a request, 20 % of its requests/s). A single write of a line under the
//! pipe buffer's size never interleaves with another thread's.
//! Does nothing when QT_MESSAGE_PATTERN asks for another format: Qt's handler keeps it then.
void writeLogLinesDirectly();

} // namespace kj::server
