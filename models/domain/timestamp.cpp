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
    // An offset can carry a time past RFC 3339's four-digit years ("9999-12-31T23:30:00-01:00" is in
    // the year 10000 UTC, "0001-01-01T00:30:00+01:00" before the year 1): toRfc3339 could not write it
    // back, so a value accepted here would come back from the server as an answer nobody can read.
    const QDateTime utc = parsed.toUTC();
    if (const int year = utc.date().year(); year < 1 || year > 9999)
        return std::nullopt;
    return utc;
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::utc());
}

} // namespace kj
