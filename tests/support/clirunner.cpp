#include "tests/support/clirunner.h"

#include "models/domain/ids.h"

#include <QProcess>
#include <QProcessEnvironment>

CliRunner::CliRunner(QString serverUrl) : m_serverUrl(std::move(serverUrl)) {}

QString CliRunner::executable()
{
    return qEnvironmentVariable("KJ_BUILD_DIR") + QStringLiteral("/bin/kongjian-cli");
}

std::unique_ptr<QProcess> CliRunner::start(const QString &who, const QStringList &args, const QByteArray &input) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KONGJIAN_PROFILE"), profileDir(who));
    env.insert(QStringLiteral("KONGJIAN_SERVER"), m_serverUrl);
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("EDITOR"), QStringLiteral("false")); // never wait for a person
    process->setProcessEnvironment(env);
    process->start(executable(), args);
    if (!process->waitForStarted(30000))
        return nullptr;
    process->write(input);
    process->closeWriteChannel();
    return process;
}

CliRunner::Run CliRunner::run(const QString &who, const QStringList &args, const QByteArray &input) const
{
    const std::unique_ptr<QProcess> process = start(who, args, input);
    if (!process)
        return {};
    if (!process->waitForFinished(m_timeoutMs)) {
        process->kill();
        process->waitForFinished();
        return {};
    }
    return {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
            QString::fromUtf8(process->readAllStandardOutput()), QString::fromUtf8(process->readAllStandardError())};
}

QByteArray CliRunner::password(const QString &username)
{
    return (QStringLiteral("correct horse ") + username + u'\n').toUtf8();
}

QString CliRunner::printedId(const Run &run)
{
    const QString id = run.out.trimmed();
    return kj::isValidItemId(id) ? id : QString();
}

bool CliRunner::registerAll(const QStringList &people) const
{
    for (const QString &name : people) {
        if (run(name, {QStringLiteral("register"), name}, password(name)).code != 0)
            return false;
    }
    return true;
}

bool CliRunner::befriend(const QString &a, const QString &b) const
{
    return run(a, {QStringLiteral("friends"), QStringLiteral("add"), b}).code == 0
           && run(b, {QStringLiteral("friends"), QStringLiteral("accept"), a}).code == 0;
}

CliRunner::Run CliRunner::registerOnTwoProfiles(const QString &username, const QString &first, const QString &second) const
{
    const Run registered = run(first, {QStringLiteral("register"), username}, password(username));
    if (registered.code != 0)
        return registered;
    return run(second, {QStringLiteral("login"), username}, password(username));
}
