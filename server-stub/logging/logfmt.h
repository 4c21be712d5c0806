#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <chrono>

namespace kj::server::logging {

//! Builds one logfmt record, `key=value key="a quoted value"`: what the server's log lines are made of (logline.h).
//! A value is quoted when it is empty or holds a space, '=', '"', '\\' or a control character; inside quotes '"' and
//! '\\' are escaped and control characters written as \n, \r, \t or \u00XX, so no value (a path a client chose)
//! can end a line or forge a field.
class LogFmt
{
public:
    LogFmt &add(QByteArrayView key, QByteArrayView value);
    LogFmt &add(QByteArrayView key, const QByteArray &value) { return add(key, QByteArrayView(value)); }
    LogFmt &add(QByteArrayView key, const char *value) { return add(key, QByteArrayView(value)); }
    LogFmt &add(QByteArrayView key, const QString &value);
    LogFmt &add(QByteArrayView key, qint64 value);
    //! A duration in milliseconds with microseconds, e.g. 1.234.
    LogFmt &addMilliseconds(QByteArrayView key, std::chrono::nanoseconds value);
    //! Appends fields that are logfmt already.
    LogFmt &addRaw(QByteArrayView fields);

    [[nodiscard]] const QByteArray &bytes() const { return m_line; }

    //! `value` as logfmt writes it (quoted and escaped if it must be).
    static void appendValue(QByteArray &out, QByteArrayView value);

private:
    void appendKey(QByteArrayView key);

    QByteArray m_line;
};

} // namespace kj::server::logging
