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
    if (ours->load(locale, QStringLiteral("kongjian"), QStringLiteral("_"), QStringLiteral(":/kongjian/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace kj::ui
