// kongjian: the desktop client. Builds the composition root and hands it to the UI; nothing else.
#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/gui/firstpaintprobe.h"
#include "app/services/accountservice.h"
#include "ui/preferences.h"
#include "ui/shell.h"
#include "ui/skin.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QNetworkAccessManager>
#include <cstring>

namespace {

// Whether the command line asks only for text (--help, --version), which needs no window system.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's minimal platform, so that `kongjian --version` also answers without a display (over ssh, in a package test).
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "minimal");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kongjian"));
    QApplication::setApplicationVersion(QStringLiteral(KJ_VERSION));
    // The installed .desktop file (packaging/linux): Wayland's app id, MPRIS's DesktopEntry.
    QApplication::setDesktopFileName(QStringLiteral("org.kongjian.Kongjian"));
    kj::ui::installTranslations(app);
    kj::ui::applySkin(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Kongjian, your personal space."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Profile folder (or KONGJIAN_PROFILE)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QCoreApplication::translate("main", "Server address (or KONGJIAN_SERVER)."),
                                          QStringLiteral("URL"));
    parser.addOptions({profileOption, serverOption});
    parser.process(app);

    const QString profileDir = parser.isSet(profileOption) ? parser.value(profileOption)
                                                           : qEnvironmentVariable("KONGJIAN_PROFILE");
    const QString server = parser.isSet(serverOption) ? parser.value(serverOption) : qEnvironmentVariable("KONGJIAN_SERVER");
    const auto serverUrl = kj::app::Profile::parseServerUrl(server);

    kj::app::Profile profile(profileDir.isEmpty() ? kj::app::Profile::defaultDirectory() : profileDir);
    {
        // The language chosen in Settings, before any window shows (the system's was installed for --help).
        QSettings gui(QDir(profile.directory()).filePath(QStringLiteral("kongjian-gui.ini")), QSettings::IniFormat);
        if (const QString language = kj::ui::Preferences(gui).language(); !language.isEmpty())
            kj::ui::switchLanguage(app, kj::ui::localeForLanguage(language));
    }
    QNetworkAccessManager network;
    kj::app::AccountService accounts(profile, network);
    kj::ui::Shell shell(profile, accounts,
                        [&](const kj::app::Account &account) { return kj::app::ClientSession::open(profile, account, network); },
                        !server.isEmpty() && serverUrl ? *serverUrl : QUrl());
    kj::app::FirstPaintProbe::installIfAsked(app);
    shell.start();
    return app.exec();
}
