#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kj::ui {

namespace {
// Marks the translators installed here, so a switch of language finds and replaces them.
const QString kTranslatorName = QStringLiteral("kongjian-translation");

QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    return translator;
}
} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's strings first (standard buttons, the text edit's context menu), ours on top.
    QTranslator *qt = newTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    QTranslator *ours = newTranslator(app);
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

bool switchLanguage(QCoreApplication &app, const QLocale &locale)
{
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale);
    return installTranslations(app, locale);
}

QLocale localeForLanguage(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace kj::ui
