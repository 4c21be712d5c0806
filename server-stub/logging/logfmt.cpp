#include "server-stub/logging/logfmt.h"

#include <algorithm>

namespace kj::server::logging {

namespace {
bool needsQuotes(QByteArrayView value)
{
    return value.isEmpty() || std::any_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7f || c == '=' || c == '"' || c == '\\';
    });
}
} // namespace

void LogFmt::appendValue(QByteArray &out, QByteArrayView value)
{
    if (!needsQuotes(value)) {
        out.append(value);
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (byte < 0x20 || byte == 0x7f)
                out.append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 0xf]);
            else
                out.append(c);
        }
    }
    out.append('"');
}

void LogFmt::appendKey(QByteArrayView key)
{
    if (!m_line.isEmpty())
        m_line.append(' ');
    m_line.append(key).append('=');
}

LogFmt &LogFmt::add(QByteArrayView key, QByteArrayView value)
{
    appendKey(key);
    appendValue(m_line, value);
    return *this;
}

LogFmt &LogFmt::add(QByteArrayView key, const QString &value)
{
    return add(key, QByteArrayView(value.toUtf8()));
}

LogFmt &LogFmt::add(QByteArrayView key, qint64 value)
{
    appendKey(key);
    m_line.append(QByteArray::number(value));
    return *this;
}

LogFmt &LogFmt::addMilliseconds(QByteArrayView key, std::chrono::nanoseconds value)
{
    const qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(value).count();
    appendKey(key);
    m_line.append(QByteArray::number(micros / 1000)).append('.');
    const QByteArray fraction = QByteArray::number(std::abs(micros % 1000));
    m_line.append(QByteArray(3 - fraction.size(), '0')).append(fraction);
    return *this;
}

LogFmt &LogFmt::addRaw(QByteArrayView fields)
{
    if (fields.isEmpty())
        return *this;
    if (!m_line.isEmpty())
        m_line.append(' ');
    m_line.append(fields);
    return *this;
}

} // namespace kj::server::logging
