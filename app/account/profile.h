#pragma once

#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace kj::app {

//! The account this profile is signed in to (or was, when `token` is empty).
struct Account {
    QUrl server;
    kj::User user;
    QString token;       // empty: signed out
    QDateTime expiresAt;

    [[nodiscard]] bool signedIn() const { return !token.isEmpty(); }
};

//! A profile folder (`--profile DIR`; by default the application data location): the chosen server, the
//! signed-in account (its token in a file only the user may read), and one local store per account under
//! accounts/<host>_<port>/<username>/kongjian.sqlite. Nothing here ever deletes a store.
class Profile
{
public:
    static inline const QUrl kDefaultServer{QStringLiteral("http://127.0.0.1:8080")};

    explicit Profile(QString directory);
    //! The per-user data location, e.g. ~/.local/share/kongjian.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] QString directory() const { return m_directory; }

    //! The server chosen last (register, login or setServer); kDefaultServer when none.
    [[nodiscard]] QUrl server() const;
    [[nodiscard]] Status setServer(const QUrl &server);

    //! The account in account.json, signed in or not; nullopt when there never was one.
    [[nodiscard]] std::optional<Account> account() const;
    //! Writes account.json (mode 0600, atomically) and makes its server the chosen one.
    [[nodiscard]] Status saveAccount(const Account &account);
    //! Signing out: forgets the token, keeps the account's name and every local store.
    [[nodiscard]] Status forgetToken();

    //! Where the local store of `username` on `server` lives (the folder is created when missing).
    [[nodiscard]] Result<QString> storePath(const QUrl &server, const QString &username) const;
    //! "<host>_<port>", e.g. "127.0.0.1_8080".
    [[nodiscard]] static QString serverKey(const QUrl &server);
    //! Checks and normalizes a server URL given by a person: http or https, a host, no path, query or user.
    [[nodiscard]] static Result<QUrl> parseServerUrl(const QString &text);

private:
    [[nodiscard]] QString filePath(const QString &name) const;
    [[nodiscard]] Status ensureDirectory() const;

    QString m_directory;
};

} // namespace kj::app
