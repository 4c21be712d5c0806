#pragma once

namespace kj::server::http {

//! Where a request's handler runs. Inline: on the I/O thread that read it, for answers of microseconds that never
//! wait (a health probe, whose work costs less than the two thread hand-offs of a pool). Ordinary: on the worker
//! pool, so a slow answer holds up no other connection. Costly: on the small pool for password hashing (tens of
//! milliseconds of CPU and 19 MiB each), whose size bounds how many run at once.
enum class Lane { Inline, Ordinary, Costly };

} // namespace kj::server::http
