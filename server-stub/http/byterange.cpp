#include "server-stub/http/byterange.h"

#include <QStringBuilder>

#include <algorithm>
#include <limits>
#include <optional>

namespace kj::server::http {

namespace {

// A run of decimal digits; a number over 64 bits saturates (it is past any body's end anyway).
std::optional<quint64> digits(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const quint64 digit = quint64(c - '0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            value = std::numeric_limits<quint64>::max();
        else
            value = value * 10 + digit;
    }
    return value;
}

ByteRange part(quint64 first, quint64 last)
{
    return ByteRange{ByteRange::Kind::Part, first, last - first + 1};
}

} // namespace

ByteRange ByteRange::fromHeader(const QByteArray &range, quint64 size)
{
    const ByteRange whole;
    const QByteArray trimmed = range.trimmed();
    const qsizetype equals = trimmed.indexOf('=');
    if (equals < 0 || trimmed.left(equals).trimmed().toLower() != "bytes")
        return whole;
    const QByteArray spec = trimmed.mid(equals + 1).trimmed();
    if (spec.contains(','))
        return whole;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView firstText = QByteArrayView(spec).first(dash).trimmed();
    const QByteArrayView lastText = QByteArrayView(spec).sliced(dash + 1).trimmed();
    if (firstText.isEmpty()) { // the last n bytes
        const std::optional<quint64> suffix = digits(lastText);
        if (!suffix)
            return whole;
        if (*suffix == 0 || size == 0)
            return ByteRange{Kind::Unsatisfiable};
        return part(size - std::min(*suffix, size), size - 1);
    }
    const std::optional<quint64> first = digits(firstText);
    if (!first)
        return whole;
    std::optional<quint64> last;
    if (!lastText.isEmpty()) {
        last = digits(lastText);
        if (!last || *last < *first)
            return whole; // not a valid byte-range-spec: the header is ignored
    }
    if (*first >= size)
        return ByteRange{Kind::Unsatisfiable};
    return part(*first, std::min(last.value_or(size - 1), size - 1));
}

QByteArray ByteRange::contentRange(quint64 size) const
{
    return QByteArrayLiteral("bytes ") + QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1) + '/'
        + QByteArray::number(size);
}

QByteArray ByteRange::unsatisfiedRange(quint64 size)
{
    return QByteArrayLiteral("bytes */") + QByteArray::number(size);
}

} // namespace kj::server::http
