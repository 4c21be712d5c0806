#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kj::ui {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's strings first (standard buttons, the text edit's context menu), ours on top.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(&app);
    const QString directory = QStringLiteral(":/kongjian/i18n");
    if (ours->load(locale, QStringLiteral("kongjian"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    // Any other language gets English, whose translation only holds the plural forms ("1 minute ago").
    const bool english = ours->load(QStringLiteral("kongjian_en"), directory);
    if (english)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    return english;
}

} // namespace kj::ui
