#pragma once

#include "models/domain/result.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace kj {

//! Parses a body: valid UTF-8, well-formed JSON, an object at the top level.
[[nodiscard]] Result<QJsonObject> parseJsonObject(const QByteArray &bytes);

//! Reads the fields of one JSON object with type and range checks. The first problem is kept and
//! reported by finish(); getters after a failure return empty values, so callers read all fields
//! and check once. In Strict mode (request bodies on the server) a field nobody asked about is an
//! error; in Lenient mode (answers read by the client) it is ignored, so a newer server can add fields.
class JsonReader
{
public:
    enum class Mode { Strict, Lenient };

    explicit JsonReader(const QJsonObject &object, Mode mode = Mode::Strict);

    [[nodiscard]] QString string(const QString &key, int minLength = 0, int maxLength = 1 << 20);
    //! Absent or null gives nullopt.
    [[nodiscard]] std::optional<QString> optionalString(const QString &key, int minLength = 0, int maxLength = 1 << 20);
    [[nodiscard]] qint64 integer(const QString &key, qint64 min = 0, qint64 max = std::numeric_limits<qint32>::max());
    //! Absent or null gives nullopt.
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString &key, qint64 min = 0,
                                                        qint64 max = std::numeric_limits<qint32>::max());
    [[nodiscard]] bool boolean(const QString &key);
    [[nodiscard]] std::optional<bool> optionalBoolean(const QString &key);
    [[nodiscard]] Visibility visibility(const QString &key);
    [[nodiscard]] QString itemId(const QString &key);
    [[nodiscard]] QString username(const QString &key);
    [[nodiscard]] QDateTime timestamp(const QString &key);
    [[nodiscard]] std::optional<QDateTime> optionalTimestamp(const QString &key);
    [[nodiscard]] QJsonObject object(const QString &key);
    [[nodiscard]] QJsonArray array(const QString &key);
    //! Absent or null gives nullopt.
    [[nodiscard]] std::optional<QJsonArray> optionalArray(const QString &key);

    [[nodiscard]] bool has(const QString &key) const;
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    //! The first problem met, or (Strict) an unknown field; success otherwise.
    [[nodiscard]] Status finish();

private:
    const QJsonValue *take(const QString &key, bool required);
    void setError(ErrorCode code, const QString &message);

    QJsonObject m_object;
    Mode m_mode;
    QSet<QString> m_seen;
    QJsonValue m_current;
    std::optional<Error> m_error;
};

} // namespace kj
