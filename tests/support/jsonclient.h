#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <optional>

//! One answer as a test sees it.
struct TestReply {
    int status = 0; // 0: no answer (connection failed or timed out)
    QByteArray body;
    QJsonObject json; // the body if it is a JSON object, else empty
    QList<QPair<QByteArray, QByteArray>> headers;
    QString transportError; // with status 0 and an answer that ended: what the network said

    //! A header's value, name compared case-insensitively.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    //! error.code of an error body, empty otherwise.
    [[nodiscard]] QString errorCode() const;
};

//! A small synchronous HTTP client for tests: each call waits (spinning a local event loop, at most
//! 30 s) until the whole answer is in. Paths are relative to the base URL and may carry a query.
//! A non-empty token is sent as "Authorization: Bearer <token>".
//!
//!     JsonClient client(server.baseUrl());
//!     const QString token = client.signUp(u"alice"_s);
//!     TestReply reply = client.put(u"/api/v1/diaries/"_s + id, {{u"title"_s, u"hi"_s}, ...}, token);
//!     QCOMPARE(reply.status, 201);
class JsonClient
{
public:
    explicit JsonClient(QString baseUrl);

    [[nodiscard]] TestReply get(const QString &path, const QString &token = {});
    [[nodiscard]] TestReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    [[nodiscard]] TestReply put(const QString &path, const QJsonObject &body, const QString &token = {});
    [[nodiscard]] TestReply del(const QString &path, const QString &token = {});
    //! Any method with raw body bytes; contentType empty sends none (note: Qt then adds a form type to
    //! POST bodies, so "no Content-Type at all" needs a raw socket).
    [[nodiscard]] TestReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QByteArray &contentType = "application/json", const QString &token = {});

    //! The password signUp() uses for a username: "correct horse <username>".
    [[nodiscard]] static QString passwordFor(const QString &username);
    //! Registers username (display name = username) and signs in; the token, or empty on failure.
    [[nodiscard]] QString signUp(const QString &username);
    //! Signs in; the token, or empty on failure.
    [[nodiscard]] QString signIn(const QString &username, const QString &password);
    //! A PUT /diaries/{id} body: {title, body, visibility, baseRevision (null when absent)}.
    [[nodiscard]] static QJsonObject diaryWrite(const QString &title, const QString &body, const QString &visibility,
                                                std::optional<qint64> baseRevision = std::nullopt);
    //! Makes two signed-up users friends (a requests, b accepts); false on any failure.
    [[nodiscard]] bool befriend(const QString &tokenA, const QString &usernameB, const QString &tokenB);

private:
    [[nodiscard]] TestReply sendOnce(const QByteArray &method, const QString &path, const QByteArray &body,
                                     const QByteArray &contentType, const QString &token);

    QString m_baseUrl;
    QNetworkAccessManager m_manager;
};
