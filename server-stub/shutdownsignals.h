#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace kj::server {

//! Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe: the handler only writes
//! one byte to a socket pair, which is async-signal-safe).
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void received();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kj::server
