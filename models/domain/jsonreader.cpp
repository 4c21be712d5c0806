#include "models/domain/jsonreader.h"

#include "models/domain/ids.h"
#include "models/domain/timestamp.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <cmath>

namespace kj {

Result<QJsonObject> parseJsonObject(const QByteArray &bytes)
{
    // QJsonDocument replaces invalid UTF-8 silently; the wire contract says it is an error.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(ErrorCode::InvalidUtf8, QStringLiteral("the body is not valid UTF-8"));
    Q_UNUSED(decoded);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(ErrorCode::MalformedJson, QStringLiteral("malformed JSON at offset %1: %2")
                                                  .arg(parseError.offset)
                                                  .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(ErrorCode::MalformedJson, QStringLiteral("the body must be a JSON object"));
    return document.object();
}

JsonReader::JsonReader(const QJsonObject &object, Mode mode) : m_object(object), m_mode(mode) {}

void JsonReader::setError(ErrorCode code, const QString &message)
{
    if (!m_error)
        m_error = Error{code, message, {}};
}

const QJsonValue *JsonReader::take(const QString &key, bool required)
{
    m_seen.insert(key);
    if (m_error)
        return nullptr;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            setError(ErrorCode::MissingField, QStringLiteral("\"%1\" is required").arg(key));
        return nullptr;
    }
    m_current = *it;
    return &m_current;
}

QString JsonReader::string(const QString &key, int minLength, int maxLength)
{
    std::optional<QString> value = optionalString(key, minLength, maxLength);
    if (!value && !m_error)
        setError(ErrorCode::MissingField, QStringLiteral("\"%1\" is required").arg(key));
    return value.value_or(QString());
}

std::optional<QString> JsonReader::optionalString(const QString &key, int minLength, int maxLength)
{
    const QJsonValue *value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be a string").arg(key));
        return std::nullopt;
    }
    QString text = value->toString();
    if (text.size() < minLength || text.size() > maxLength) {
        setError(ErrorCode::InvalidField,
                 QStringLiteral("\"%1\" must be %2 to %3 characters long").arg(key).arg(minLength).arg(maxLength));
        return std::nullopt;
    }
    if (text.contains(QChar(0))) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must not contain NUL characters").arg(key));
        return std::nullopt;
    }
    return text;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    std::optional<qint64> value = optionalInteger(key, min, max);
    if (!value && !m_error)
        setError(ErrorCode::MissingField, QStringLiteral("\"%1\" is required").arg(key));
    return value.value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue *value = take(key, false);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    // Past 2^53 a double no longer holds every integer (9007199254740993 arrives as ...992), and past 2^63 the
    // cast below would be undefined: such numbers are no integer the wire can carry.
    constexpr double kMaxExactInteger = 9007199254740991.0; // 2^53 - 1
    if (!value->isDouble() || !(std::abs(number) <= kMaxExactInteger)
        || number != static_cast<double>(static_cast<qint64>(number))) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be an integer").arg(key));
        return std::nullopt;
    }
    const auto integer = static_cast<qint64>(number);
    if (integer < min || integer > max) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be between %2 and %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return integer;
}

bool JsonReader::boolean(const QString &key)
{
    std::optional<bool> value = optionalBoolean(key);
    if (!value && !m_error)
        setError(ErrorCode::MissingField, QStringLiteral("\"%1\" is required").arg(key));
    return value.value_or(false);
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key)
{
    const QJsonValue *value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be true or false").arg(key));
        return std::nullopt;
    }
    return value->toBool();
}

Visibility JsonReader::visibility(const QString &key)
{
    const QString name = string(key, 1, 32);
    if (m_error)
        return Visibility::Private;
    const std::optional<Visibility> visibility = visibilityFromName(name);
    if (!visibility) {
        setError(ErrorCode::InvalidField,
                 QStringLiteral("\"%1\" must be \"public\", \"friends\", \"groups\" or \"private\"").arg(key));
        return Visibility::Private;
    }
    return *visibility;
}

QString JsonReader::itemId(const QString &key)
{
    const QString id = string(key, 36, 36);
    if (!m_error && !isValidItemId(id))
        setError(ErrorCode::InvalidId, QStringLiteral("\"%1\" must be a lower-case UUID").arg(key));
    return m_error ? QString() : id;
}

QString JsonReader::username(const QString &key)
{
    const QString name = string(key, 1, 64);
    if (!m_error && !isValidUsername(name)) {
        setError(ErrorCode::InvalidField,
                 QStringLiteral("\"%1\" must be 3 to 32 characters of a-z, 0-9, '_' and '.'").arg(key));
    }
    return m_error ? QString() : name;
}

QDateTime JsonReader::timestamp(const QString &key)
{
    std::optional<QDateTime> value = optionalTimestamp(key);
    if (!value && !m_error)
        setError(ErrorCode::MissingField, QStringLiteral("\"%1\" is required").arg(key));
    return value.value_or(QDateTime());
}

std::optional<QDateTime> JsonReader::optionalTimestamp(const QString &key)
{
    std::optional<QString> text = optionalString(key, 1, 64);
    if (!text)
        return std::nullopt;
    std::optional<QDateTime> time = fromRfc3339(*text);
    if (!time)
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be an RFC 3339 time").arg(key));
    return time;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue *value = take(key, true);
    if (!value)
        return {};
    if (!value->isObject()) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be an object").arg(key));
        return {};
    }
    return value->toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue *value = take(key, true);
    if (!value)
        return {};
    if (!value->isArray()) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be an array").arg(key));
        return {};
    }
    return value->toArray();
}

std::optional<QJsonArray> JsonReader::optionalArray(const QString &key)
{
    const QJsonValue *value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be an array").arg(key));
        return std::nullopt;
    }
    return value->toArray();
}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

Status JsonReader::finish()
{
    if (m_error)
        return *m_error;
    if (m_mode == Mode::Strict) {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key()))
                return fail(ErrorCode::UnknownField, QStringLiteral("unknown field \"%1\"").arg(it.key()));
        }
    }
    return {};
}

} // namespace kj
