#include "server-stub/api/requestbody.h"

#include "models/domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace kj::server::api {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

//! Whether [begin, end) is a number as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(const char *begin, const char *end)
{
    const char *p = begin;
    if (p < end && *p == '-')
        ++p;
    if (p == end || !isDigit(*p))
        return false;
    if (*p++ == '0' && p < end && isDigit(*p))
        return false;
    while (p < end && isDigit(*p))
        ++p;
    if (p < end && *p == '.') {
        if (++p == end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        if (++p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p == end || !isDigit(*p))
            return false;
        while (p < end && isDigit(*p))
            ++p;
    }
    return p == end;
}

//! A key as QJsonDocument reads it, so two spellings of one key ("a", "\u0061") are one key.
QString decodedKey(const QByteArray &quoted)
{
    if (!quoted.contains('\\')) {
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    }
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}

//! What QJsonDocument lets through and the wire's strict JSON does not (docs/api.md, "Hostile input"): an object
//! with one key twice (parsers disagree on which one wins, so none is guessed), a number RFC 8259 does not allow
//! ("2.", which Qt reads as 2), and a raw control character inside a string. Walks the bytes without recursion;
//! `json` is already known to be UTF-8 that QJsonDocument parsed.
Status checkStrictJson(const QByteArray &json)
{
    struct Level {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Level> levels;
    const char *const data = json.constData();
    const qsizetype size = json.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '{' || c == '[') {
            levels.append(Level{c == '{', c == '{', {}});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!levels.isEmpty())
                levels.removeLast();
            ++i;
        } else if (c == ',') {
            if (!levels.isEmpty() && levels.last().object)
                levels.last().expectKey = true;
            ++i;
        } else if (c == '"') {
            qsizetype j = i + 1;
            while (j < size && data[j] != '"') {
                if (static_cast<unsigned char>(data[j]) < 0x20)
                    return fail(ErrorCode::MalformedJson, QStringLiteral("a string holds a raw control character at offset %1; escape it").arg(j));
                j += data[j] == '\\' ? 2 : 1;
            }
            if (!levels.isEmpty() && levels.last().expectKey) {
                Level &level = levels.last();
                level.expectKey = false;
                const QString key = decodedKey(json.mid(i, j + 1 - i));
                if (level.keys.contains(key))
                    return fail(ErrorCode::MalformedJson, QStringLiteral("duplicate key \"%1\" in one object").arg(key));
                level.keys.insert(key);
            }
            i = j + 1;
        } else if (c == '-' || c == '.' || isDigit(c)) {
            qsizetype j = i + 1;
            while (j < size && (isDigit(data[j]) || data[j] == '.' || data[j] == 'e' || data[j] == 'E' || data[j] == '+' || data[j] == '-'))
                ++j;
            if (!isJsonNumber(data + i, data + j)) {
                return fail(ErrorCode::MalformedJson,
                            QStringLiteral("malformed number \"%1\" at offset %2").arg(QString::fromLatin1(json.mid(i, std::min<qsizetype>(j - i, 40)))).arg(i));
            }
            i = j;
        } else {
            ++i; // white space, ':', and the letters of true, false and null
        }
    }
    return {};
}

} // namespace

Result<QJsonObject> jsonBody(const http::Request &request)
{
    const QByteArray contentType = request.header("content-type").trimmed().toLower();
    if (!contentType.isEmpty()) {
        const QList<QByteArray> parts = contentType.split(';');
        bool ok = parts.first().trimmed() == "application/json";
        for (qsizetype i = 1; ok && i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("charset="))
                ok = parameter.mid(8) == "utf-8" || parameter.mid(8) == "\"utf-8\"";
        }
        if (!ok) {
            return fail(ErrorCode::UnsupportedMediaType,
                        QStringLiteral("the body must be application/json, not %1").arg(QString::fromLatin1(contentType)));
        }
    }
    Result<QJsonObject> object = parseJsonObject(request.body);
    if (!object)
        return object;
    if (Status strict = checkStrictJson(request.body); !strict)
        return strict.error();
    return object;
}

} // namespace kj::server::api
