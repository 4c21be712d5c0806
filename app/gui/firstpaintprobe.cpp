#include "app/gui/firstpaintprobe.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QPaintEvent>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace kj::app {

namespace {
qint64 peakRssKib()
{
    // /proc files have no size: read to the end rather than asking atEnd().
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

FirstPaintProbe::FirstPaintProbe(QObject *parent) : QObject(parent) {}

void FirstPaintProbe::installIfAsked(QApplication &app)
{
    if (qEnvironmentVariableIntValue("KJ_EXIT_AFTER_FIRST_PAINT") != 1)
        return;
    app.installEventFilter(new FirstPaintProbe(&app));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
        const auto *widget = static_cast<QWidget *>(watched);
        if (qobject_cast<const QMainWindow *>(widget->window()) && widget->window()->isVisible()) {
            m_painted = true;
            // The paint under way (the whole window's, in one backing-store sync) ends before the next turn.
            QTimer::singleShot(0, this, &FirstPaintProbe::report);
        }
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("KJ_FIRST_PAINT monotonic_ns=%lld vmhwm_kib=%lld\n",
                static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec, static_cast<long long>(peakRssKib()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace kj::app
