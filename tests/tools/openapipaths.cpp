#include "tests/tools/openapipaths.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kj::tools {

namespace {

bool isTemplateSegment(QStringView segment)
{
    if (segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}'))
        return true;
    if (segment.size() > 2 && segment.startsWith(u'<') && segment.endsWith(u'>'))
        return true;
    return segment.size() > 1 && segment.startsWith(u':');
}

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == u' ')
        ++indent;
    return indent;
}

// The OpenAPI 3.0 path item keys that name an operation.
const QSet<QString> &operationKeys()
{
    static const QSet<QString> keys{u"get"_s, u"put"_s, u"post"_s, u"delete"_s,
                                    u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};
    return keys;
}

// The other keys a path item may have; anything else at that level is a typo the check must not hide.
const QSet<QString> &otherPathItemKeys()
{
    static const QSet<QString> keys{u"parameters"_s, u"summary"_s, u"description"_s, u"servers"_s, u"$ref"_s};
    return keys;
}

QString unquoted(const QString &key)
{
    if (key.size() >= 2 && (key.startsWith(u'"') || key.startsWith(u'\'')) && key.endsWith(key.front()))
        return key.mid(1, key.size() - 2);
    return key;
}

} // namespace

QString normalizedRoute(const QString &method, const QString &path)
{
    QStringList segments = path.split(u'/');
    for (QString &segment : segments) {
        if (isTemplateSegment(segment))
            segment = u"{}"_s;
    }
    return method.toUpper() + u' ' + segments.join(u'/');
}

OpenApiPaths OpenApiPaths::read(const QString &yaml)
{
    static const QRegularExpression keyLine(uR"(^( *)("[^"]*"|'[^']*'|[^\s:#][^:#]*?)\s*:(\s*(#.*)?|\s+.*)$)"_s);

    OpenApiPaths result;
    const QStringList lines = yaml.split(u'\n');
    bool inPaths = false;
    bool sawPaths = false;
    QString currentPath;
    int operationsOfCurrentPath = 0;
    int currentPathLine = 0;

    auto closePath = [&] {
        if (!currentPath.isEmpty() && operationsOfCurrentPath == 0)
            result.problems.append(u"line %1: path %2 has no operation"_s.arg(currentPathLine).arg(currentPath));
        currentPath.clear();
        operationsOfCurrentPath = 0;
    };

    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int number = i + 1;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (line.indexOf(u'\t') != -1 && line.indexOf(u'\t') < line.indexOf(trimmed.front())) {
            result.problems.append(u"line %1: a tab in the indentation"_s.arg(number));
            continue;
        }

        const int indent = indentOf(line);
        if (indent == 0) {
            if (inPaths)
                closePath();
            inPaths = trimmed == u"paths:"_s;
            if (inPaths) {
                if (sawPaths)
                    result.problems.append(u"line %1: a second paths: section"_s.arg(number));
                sawPaths = true;
            } else if (trimmed.startsWith(u"paths:"_s)) {
                result.problems.append(u"line %1: paths: must be a block mapping"_s.arg(number));
            }
            continue;
        }
        if (!inPaths || indent > 4)
            continue;

        const QRegularExpressionMatch match = keyLine.match(line);
        if (!match.hasMatch()) {
            result.problems.append(u"line %1: not a mapping key: %2"_s.arg(number).arg(trimmed));
            continue;
        }
        const QString key = unquoted(match.captured(2).trimmed());
        const QString rest = match.captured(3).trimmed();

        if (indent == 2) {
            closePath();
            if (!key.startsWith(u'/')) {
                result.problems.append(u"line %1: a path must start with '/': %2"_s.arg(number).arg(key));
                continue;
            }
            if (!rest.isEmpty() && !rest.startsWith(u'#')) {
                result.problems.append(u"line %1: path %2 must be a block mapping"_s.arg(number).arg(key));
                continue;
            }
            currentPath = key;
            currentPathLine = number;
        } else if (indent == 4) {
            if (currentPath.isEmpty()) {
                result.problems.append(u"line %1: %2 outside a path"_s.arg(number).arg(key));
            } else if (operationKeys().contains(key)) {
                const QString route = normalizedRoute(key, currentPath);
                if (result.routes.contains(route))
                    result.problems.append(u"line %1: %2 listed twice"_s.arg(number).arg(route));
                result.routes.insert(route);
                ++operationsOfCurrentPath;
            } else if (!otherPathItemKeys().contains(key) && !key.startsWith(u"x-"_s)) {
                result.problems.append(u"line %1: %2 is not a key of a path item"_s.arg(number).arg(key));
            }
        } else {
            result.problems.append(u"line %1: indented by %2 spaces; paths: uses 2 and 4"_s.arg(number).arg(indent));
        }
    }
    if (inPaths)
        closePath();
    if (!sawPaths)
        result.problems.append(u"no top-level paths: section"_s);
    return result;
}

} // namespace kj::tools
