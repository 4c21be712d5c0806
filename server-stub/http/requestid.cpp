#include "server-stub/http/requestid.h"

#include <QRandomGenerator>

#include <algorithm>

namespace kj::server::http {

namespace {
void putHex(char *out, quint64 value)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i, value >>= 4)
        out[i] = kDigits[value & 0xf];
}
} // namespace

RequestIds::RequestIds() : m_prefix(QRandomGenerator::system()->generate64()) {}

QByteArray RequestIds::take(const QByteArray &offered)
{
    if (!offered.isEmpty() && isAcceptable(offered))
        return offered;
    QByteArray id(32, Qt::Uninitialized);
    putHex(id.data(), m_prefix);
    putHex(id.data() + 16, m_next.fetch_add(1, std::memory_order_relaxed));
    return id;
}

bool RequestIds::isAcceptable(const QByteArray &id)
{
    return !id.isEmpty() && id.size() <= kMaxLength && std::all_of(id.begin(), id.end(), [](char c) {
        return c >= 0x21 && c <= 0x7e && c != '"' && c != '\\';
    });
}

} // namespace kj::server::http
