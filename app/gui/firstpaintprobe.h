#pragma once

#include <QObject>

class QApplication;

namespace kj::app {

//! Benchmarks only (KJ_EXIT_AFTER_FIRST_PAINT=1): once a main window has painted its first frame, prints
//! "KJ_FIRST_PAINT monotonic_ns=<CLOCK_MONOTONIC> vmhwm_kib=<peak RSS>" on stdout and quits the application.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    //! Installs a probe on `app` when the environment asks for one.
    static void installIfAsked(QApplication &app);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    void report();

    bool m_painted = false;
};

} // namespace kj::app
