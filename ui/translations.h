#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace kj::ui {

//! Installs Kongjian's translation (compiled into the binary) and Qt's own for `locale` (by default the
//! system's, which follows LANGUAGE / LANG); a language Kongjian does not speak gets English. Gives whether
//! a Kongjian translation was installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

//! Replaces the translations installed before (by installTranslations() or an earlier switch) with those of
//! `locale`, and makes it the default locale (dates, numbers). Every widget gets a LanguageChange event.
bool switchLanguage(QCoreApplication &app, const QLocale &locale);

//! The locale of a language preference (Preferences::language()): "" is the system's.
[[nodiscard]] QLocale localeForLanguage(const QString &language);

} // namespace kj::ui
