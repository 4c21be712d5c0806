#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QProcess;

//! Runs kongjian-cli (from $KJ_BUILD_DIR/bin) as a separate process, the way a person would: one profile
//! per person under a temporary home, a server URL, never an interactive editor. For the CLI tests.
//!
//!     CliRunner cli(server.baseUrl());
//!     QCOMPARE(cli.run(u"alice"_s, {u"register"_s, u"alice"_s}, CliRunner::password(u"alice"_s)).code, 0);
class CliRunner
{
public:
    //! What one run printed and how it ended; code -1 when it did not start, timed out or crashed.
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    explicit CliRunner(QString serverUrl = {});

    [[nodiscard]] Run run(const QString &who, const QStringList &args, const QByteArray &input = {}) const;
    //! Starts a run without waiting for it (to kill it at a chosen moment): `input` is written and standard
    //! input closed. Null when the process did not start.
    [[nodiscard]] std::unique_ptr<QProcess> start(const QString &who, const QStringList &args,
                                                  const QByteArray &input = {}) const;
    //! The server later runs point at (e.g. a closed port, to see the words for "the server is away").
    void setServerUrl(const QString &url) { m_serverUrl = url; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] QString profileDir(const QString &who) const { return m_home.filePath(who); }
    [[nodiscard]] QString homeDir() const { return m_home.path(); }
    [[nodiscard]] static QString executable();

    //! What `register` and `login` read from standard input for username: a password and a newline.
    [[nodiscard]] static QByteArray password(const QString &username);
    //! The item id a command printed as its only output (e.g. `post new`), or empty.
    [[nodiscard]] static QString printedId(const Run &run);
    //! Registers each of `people` (with password()); false on the first failure.
    [[nodiscard]] bool registerAll(const QStringList &people) const;
    //! `a` asks `b` to be friends and `b` accepts.
    [[nodiscard]] bool befriend(const QString &a, const QString &b) const;
    //! One account on two profiles, as on two machines: `username` registers from profile `first` and signs in
    //! from profile `second`. The run that failed, or else the sign-in.
    [[nodiscard]] Run registerOnTwoProfiles(const QString &username, const QString &first, const QString &second) const;

private:
    QTemporaryDir m_home;
    QString m_serverUrl;
    int m_timeoutMs = 60000;
};
