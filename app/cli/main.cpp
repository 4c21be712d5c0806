#include "app/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kongjian-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KJ_VERSION));
    kj::cli::Cli cli(QCoreApplication::arguments());
    return cli.run();
}
