#include "tests/server-stub/http/rawhttpclient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawResponse::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

bool RawHttpClient::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(kWaitMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

bool RawHttpClient::flush()
{
    const QDeadlineTimer deadline(kWaitMs);
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    return true;
}

bool RawHttpClient::fill(qsizetype atLeast, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.size() < atLeast) {
        m_buffer += m_socket.readAll();
        if (m_buffer.size() >= atLeast)
            break;
        if (m_socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

std::optional<RawResponse> RawHttpClient::readResponse(bool headRequest)
{
    const QDeadlineTimer deadline(kWaitMs);
    qsizetype headerEnd = -1;
    while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(m_buffer.size() + 1, int(deadline.remainingTime())))
            return std::nullopt;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    m_buffer.remove(0, headerEnd + 4);

    RawResponse response;
    response.statusLine = lines.value(0).trimmed();
    response.status = response.statusLine.split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const bool noBody = headRequest || response.status < 200 || response.status == 204 || response.status == 304;
    if (noBody)
        return response;
    const qsizetype length = response.header("content-length").toLongLong();
    if (!fill(length, int(deadline.remainingTime())))
        return std::nullopt;
    response.body = m_buffer.left(length);
    m_buffer.remove(0, length);
    return response;
}

bool RawHttpClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_socket.readAll();
    }
    return true;
}
