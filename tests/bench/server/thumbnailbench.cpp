// kj_bench_thumbnail ORIGINAL OUTDIR: renders ORIGINAL's thumb and large renditions once through the server's
// own ImageProcessor (the code path of a completed photo upload) and prints the time it took in-process.
// tests/bench/server/bench_thumbnail.py times this whole process against vipsthumbnail.
#include "server-stub/media/imageprocessor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: kj_bench_thumbnail ORIGINAL OUTDIR\n");
        return 2;
    }
    QCoreApplication app(argc, argv); // as in kongjian-server: image plugins load the same way
    const QString original = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    kj::server::media::ImageProcessor processor;
    QElapsedTimer timer;
    timer.start();
    const kj::Result<kj::server::media::ImageInfo> info =
        processor.process(original, out.filePath(QStringLiteral("thumb.jpg")), out.filePath(QStringLiteral("large.jpg")));
    const qint64 elapsed = timer.nsecsElapsed();
    if (!info) {
        std::fprintf(stderr, "kj_bench_thumbnail: %s\n", qPrintable(info.error().message));
        return 1;
    }
    std::printf("%dx%d in-process %.1f ms\n", info->width, info->height, double(elapsed) / 1e6);
    return 0;
}
