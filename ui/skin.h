#pragma once

#include <QIcon>
#include <QString>

class QApplication;

namespace kj::ui {

//! One of Kongjian's line icons (resources/icons/<name>.svg), e.g. icon(u"diary"_s).
[[nodiscard]] QIcon icon(const QString &name);

//! Applies the light skin: the Fusion style, a warm palette and resources/skins/light.qss.
void applySkin(QApplication &app);

} // namespace kj::ui
