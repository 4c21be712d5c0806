#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QTcpSocket>

#include <optional>

//! One HTTP response as read byte by byte off the wire.
struct RawResponse {
    int status = 0;
    QByteArray statusLine;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    [[nodiscard]] QJsonObject json() const;
    //! error.code of a JSON error body, empty otherwise.
    [[nodiscard]] QString errorCode() const;
};

//! A blocking test client that writes exactly the bytes it is given and parses what comes back,
//! so tests control framing that a real HTTP client would never get wrong.
class RawHttpClient
{
public:
    static constexpr int kWaitMs = 15000;

    [[nodiscard]] bool connectTo(quint16 port);
    //! Queues bytes for sending; they go out while the client waits for anything.
    void send(const QByteArray &bytes);
    //! Writes everything queued, waiting as needed.
    [[nodiscard]] bool flush();
    //! Reads the next response (interim 1xx responses too). A HEAD response has no body whatever its
    //! Content-Length. nullopt if the connection ended or nothing came in time.
    [[nodiscard]] std::optional<RawResponse> readResponse(bool headRequest = false);
    //! True once the server has closed the connection (reading and dropping anything still sent).
    [[nodiscard]] bool waitForClose(int timeoutMs = kWaitMs);
    [[nodiscard]] bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    bool fill(qsizetype atLeast, int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
