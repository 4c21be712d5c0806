// One server per data directory (server-stub/server.cpp): a second one refuses to start and says which process has
// it; stopping lets the next one in; a lock left by a process that is gone does not keep anyone out.
#include "server-stub/server.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestServerDataLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"kj.server.access.info=false"_s); }

    void oneServerPerDataDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        kj::server::Server first(config(dir.path()));
        QVERIFY(first.start().ok());
        kj::server::Server second(config(dir.path()));
        const kj::Status refused = second.start();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, kj::ErrorCode::Unavailable);
        QVERIFY2(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.error().message));
        QCOMPARE(second.port(), quint16(0)); // not listening

        QTemporaryDir other;
        kj::server::Server elsewhere(config(other.path()));
        QVERIFY(elsewhere.start().ok()); // another directory is another store

        first.stop();
        QVERIFY(second.start().ok());
    }

    void aLockLeftByAGoneProcessIsTaken()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // QLockFile's format: pid, application name, host name. No process has pid 2^22 + 1 (above pid_max's
        // largest default), so the lock is stale however new it is.
        QFile lock(QDir(dir.path()).filePath(u"kongjian.sqlite.lock"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4194305\nkongjian-server\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        kj::server::Server server(config(dir.path()));
        const kj::Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    }

private:
    static kj::server::ServerConfig config(const QString &dataDir)
    {
        kj::server::ServerConfig config;
        config.address = u"127.0.0.1"_s;
        config.port = 0;
        config.dataDir = dataDir;
        config.threads = 2;
        return config;
    }
};

QTEST_GUILESS_MAIN(TestServerDataLock)
#include "tst_serverdatalock.moc"
