#include "models/domain/timestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace kj {

QString toRfc3339(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QDateTime> fromRfc3339(const QString &text)
{
    // Qt::ISODateWithMs is lenient (it takes dates without a time or a zone); RFC 3339 is not.
    static const QRegularExpression form(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text.toUpper();
    // Qt parses at most millisecond precision; drop finer digits.
    static const QRegularExpression fraction(QStringLiteral(R"(\.(\d{3})\d+)"));
    normalized.replace(fraction, QStringLiteral(".\\1"));
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::utc());
}

} // namespace kj
