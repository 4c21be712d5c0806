#pragma once

#include <QLocale>

class QCoreApplication;

namespace kj::ui {

//! Installs Kongjian's translation (compiled into the binary) and Qt's own for `locale` (by default the
//! system's, which follows LANGUAGE / LANG). English needs none. Gives whether Kongjian's was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace kj::ui
