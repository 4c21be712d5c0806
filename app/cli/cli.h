#pragma once

#include "app/account/profile.h"
#include "models/domain/error.h"
#include "models/domain/result.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace kj::app {
class ClientSession;
struct SyncConflict;
}

namespace kj::cli {

//! Exit codes of kongjian-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

//! What every command of kongjian-cli shares: the global options (--profile, --server), the profile,
//! the network, output streams, the account's session, and waiting for an asynchronous answer.
class Cli
{
public:
    explicit Cli(QStringList arguments);
    ~Cli();

    //! Parses the global options and runs the command; the process exit code.
    [[nodiscard]] int run();

    // --- for the commands ---

    //! Parses a command's own options (`parser` has them) from `args`; adds --help and the global options.
    //! nullopt: go on; a value: stop with that exit code (help shown, or a usage error reported).
    [[nodiscard]] std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &args,
                                                  const QString &usage, const QString &description,
                                                  int minPositional, int maxPositional);

    //! The profile of --profile, $KONGJIAN_PROFILE or the default folder (made on first use).
    [[nodiscard]] app::Profile &profile();
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }
    //! The server to sign in to: --server, $KONGJIAN_SERVER, or the profile's.
    [[nodiscard]] kj::Result<QUrl> chosenServer() const;
    //! Opens the session of the profile's account (signed in, or signed out for local work when
    //! `requireSignedIn` is false).
    [[nodiscard]] kj::Result<app::ClientSession *> session(bool requireSignedIn);
    //! Runs one sync of the open session and waits for it.
    [[nodiscard]] kj::Status syncOnce();
    //! After a local write: sync once; say on stderr what became of it. Never fails the command.
    void syncAfterWrite();
    //! Before reading the local cache: sync once; warn on stderr when it failed.
    void syncBeforeRead();
    //! Warns on stderr when a password would cross the network in clear.
    void warnIfClear(const QUrl &server);

    //! Waits (running the event loop) until `start` hands its result to the callback it is given.
    template<typename T>
    [[nodiscard]] static kj::Result<T> await(const std::function<void(std::function<void(kj::Result<T>)>)> &start)
    {
        std::optional<kj::Result<T>> outcome;
        QEventLoop loop;
        start([&](kj::Result<T> result) {
            outcome.emplace(std::move(result));
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        return std::move(*outcome);
    }

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }
    //! Prints "kongjian-cli: <what>" on stderr; gives Failure.
    int fail(const QString &what);
    int fail(const kj::Error &error);
    //! An error in plain words.
    [[nodiscard]] QString describe(const kj::Error &error) const;
    //! Local time for people, e.g. "2026-11-27 11:41".
    [[nodiscard]] static QString showTime(const QDateTime &time);
    //! What a sync did with an item changed here and on another device, in one line for people.
    [[nodiscard]] static QString conflictNote(const app::SyncConflict &conflict);

private:
    [[nodiscard]] int dispatch(const QString &command, const QStringList &rest);
    void printHelp();
    void addGlobalOptions(QCommandLineParser &parser);
    void takeGlobalOptions(const QCommandLineParser &parser);

    QStringList m_arguments;
    QString m_profileDir;
    QString m_serverText;
    std::unique_ptr<app::Profile> m_profile;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::ClientSession> m_session;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace kj::cli
