// kj_bench_empty_window: the anchor of the client start and memory benchmarks, an empty QMainWindow under the
// same first-paint probe as kongjian (run with KJ_EXIT_AFTER_FIRST_PAINT=1).
#include "app/gui/firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    kj::app::FirstPaintProbe::installIfAsked(app);
    QMainWindow window;
    window.resize(1180, 760); // the size kongjian's window opens at
    window.show();
    return app.exec();
}
