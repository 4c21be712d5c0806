#include "server-stub/logging/requestscope.h"

namespace kj::server::logging {

namespace {
thread_local const QByteArray *t_current = nullptr;
} // namespace

RequestScope::RequestScope(const QByteArray &requestId) : m_outer(t_current), m_id(requestId)
{
    t_current = &m_id;
}

RequestScope::~RequestScope()
{
    t_current = m_outer;
}

QByteArray RequestScope::current()
{
    return t_current ? *t_current : QByteArray();
}

} // namespace kj::server::logging
