#pragma once

#include <QByteArray>

namespace kj::server::logging {

//! While it lives, marks its thread as handling the request of this id, so that every line logged meanwhile on that
//! thread (a warning of the router or the store) names the request (logline.h). Scopes nest; the innermost counts.
class RequestScope
{
public:
    explicit RequestScope(const QByteArray &requestId);
    ~RequestScope();
    RequestScope(const RequestScope &) = delete;
    RequestScope &operator=(const RequestScope &) = delete;

    //! The id of the request the calling thread handles, empty when none.
    [[nodiscard]] static QByteArray current();

private:
    const QByteArray *m_outer;
    const QByteArray m_id;
};

} // namespace kj::server::logging
