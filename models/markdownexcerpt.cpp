#include "models/markdownexcerpt.h"

#include <QRegularExpression>
#include <QStringList>

namespace kj::models {

namespace {

const QChar kEllipsis(0x2026);

QString stripBlockMarker(QStringView line)
{
    static const QRegularExpression marker(QStringLiteral(R"(^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+))"));
    QString text = line.toString();
    // Quotes nest ("> > text") and a list item may sit in a quote, so peel markers until none is left.
    for (;;) {
        const QRegularExpressionMatch match = marker.match(text);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        text.remove(0, match.capturedLength());
    }
    return text;
}

QString stripInline(QString text)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<((?:https?|mailto):[^>\s]+)>)"));
    static const QRegularExpression emphasis(QStringLiteral(R"((\*{1,3}|_{1,3}|~~|`+))"));
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(autolink, QStringLiteral("\\1"));
    text.remove(emphasis);
    text.replace(QStringLiteral("\\"), QString());
    return text;
}

bool isRule(QStringView line)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$)"));
    return rule.match(line).hasMatch();
}

bool isFence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

QString cutAtWord(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    // Prefer a space in the last fifth; CJK text has none, and a cut anywhere is fine there.
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), maxChars);
    if (space > maxChars * 4 / 5)
        cut = space;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).trimmed() + kEllipsis;
}

} // namespace

QString markdownExcerpt(const QString &markdown, int maxChars)
{
    QStringList parts;
    qsizetype length = 0;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (isRule(line) || isFence(line))
            continue;
        const QString text = stripInline(stripBlockMarker(line)).simplified();
        if (text.isEmpty())
            continue;
        parts.append(text);
        length += text.size() + 1;
        if (length > maxChars)
            break;
    }
    return cutAtWord(parts.join(QLatin1Char(' ')), maxChars);
}

QString markdownLead(const QString &markdown, int maxChars, int maxLines)
{
    const QStringList lines = markdown.trimmed().split(QLatin1Char('\n'));
    QStringList kept;
    qsizetype length = 0;
    int nonEmpty = 0;
    bool inFence = false;
    bool cut = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isFence(line))
            inFence = !inFence;
        const bool empty = line.trimmed().isEmpty();
        if (!empty && (nonEmpty >= maxLines || length + line.size() > maxChars)) {
            if (kept.isEmpty() || nonEmpty == 0)
                kept.append(cutAtWord(line, maxChars)); // one long paragraph: cut inside it
            cut = true;
            break;
        }
        kept.append(line);
        length += line.size() + 1;
        if (!empty)
            ++nonEmpty;
    }
    while (!kept.isEmpty() && kept.constLast().trimmed().isEmpty())
        kept.removeLast();
    if (inFence)
        kept.append(QStringLiteral("```"));
    QString lead = kept.join(QLatin1Char('\n'));
    if (cut && !lead.endsWith(kEllipsis)) {
        if (inFence)
            lead += QLatin1Char('\n');
        lead += kEllipsis;
    }
    return lead;
}

} // namespace kj::models
