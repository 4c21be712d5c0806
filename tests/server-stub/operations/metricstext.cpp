#include "tests/server-stub/operations/metricstext.h"

#include <QRegularExpression>
#include <QSet>

MetricsText MetricsText::parse(const QByteArray &text)
{
    MetricsText result;
    static const QRegularExpression sample(QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\})? (\S+)$)"));
    static const QRegularExpression comment(QStringLiteral(R"(^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$)"));
    QSet<QString> helped, typed;
    if (!text.endsWith('\n'))
        result.problem = QStringLiteral("the text does not end with a line feed");
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (line.startsWith(u'#')) {
            const QRegularExpressionMatch match = comment.match(line);
            if (!match.hasMatch()) {
                result.problem = QStringLiteral("bad comment line: ") + line;
                continue;
            }
            (match.captured(1) == u"HELP" ? helped : typed).insert(match.captured(2));
            continue;
        }
        const QRegularExpressionMatch match = sample.match(line);
        bool number = false;
        const double value = match.hasMatch() ? match.captured(3).toDouble(&number) : 0.0;
        if (!match.hasMatch() || (!number && match.captured(3) != u"+Inf")) {
            result.problem = QStringLiteral("bad sample line: ") + line;
            continue;
        }
        QString family = match.captured(1);
        for (const QString &suffix : {QStringLiteral("_bucket"), QStringLiteral("_sum"), QStringLiteral("_count")}) {
            if (!typed.contains(family) && family.endsWith(suffix))
                family.chop(suffix.size());
        }
        if (!helped.contains(family) || !typed.contains(family))
            result.problem = QStringLiteral("a sample before its family's HELP and TYPE: ") + line;
        result.samples.insert(match.captured(1) + match.captured(2), value);
    }
    return result;
}
