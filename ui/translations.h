#pragma once

#include <QLocale>

class QCoreApplication;

namespace kj::ui {

//! Installs Kongjian's translation (compiled into the binary) and Qt's own for `locale` (by default the
//! system's, which follows LANGUAGE / LANG); a language Kongjian does not speak gets English. Gives whether
//! a Kongjian translation was installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace kj::ui
