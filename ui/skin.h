#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStringList>

class QApplication;
class QWidget;

namespace kj {
struct SpaceSettings;
}

namespace kj::ui {

//! A look of the window (装扮): the six colours a space's settings may override (accent, background, text,
//! link, header, panel), the colours made from them, a QPalette and a style sheet (resources/skins/base.qss
//! with the skin's own resources/skins/<id>.qss after it). Built-in skins are "classic" (the default),
//! "sakura", "ocean", "bamboo" and the dark "night"; a space may name a skin this client does not know,
//! which shows as classic.
class Skin
{
public:
    //! Built-in skin ids, in the order a picker shows them.
    [[nodiscard]] static QStringList ids();
    //! The built-in skin `id`; classic for an id this client does not know.
    [[nodiscard]] static Skin builtIn(const QString &id);
    //! The skin a space's settings ask for, with their colour overrides.
    [[nodiscard]] static Skin forSpace(const kj::SpaceSettings &settings);
    [[nodiscard]] static bool isBuiltIn(const QString &id);

    [[nodiscard]] QString id() const { return m_id; }
    //! The skin's name in the interface language.
    [[nodiscard]] QString name() const;
    //! Whether the background is dark (light text on it).
    [[nodiscard]] bool isDark() const;

    //! One of SpaceSettings::knownColorNames(): the skin's, or the override given with withColor().
    [[nodiscard]] QColor color(const QString &name) const;
    //! This skin with colour `name` (one of SpaceSettings::knownColorNames()) set to `color`.
    [[nodiscard]] Skin withColor(const QString &name, const QColor &color) const;

    [[nodiscard]] QPalette palette() const;
    //! The style sheet, every colour filled in.
    [[nodiscard]] QString styleSheet() const;

    friend bool operator==(const Skin &, const Skin &) = default;

private:
    Skin() = default;

    QString m_id;
    QColor m_accent;
    QColor m_background;
    QColor m_text;
    QColor m_link;
    QColor m_header;
    QColor m_panel;
};

//! One of Kongjian's line icons (resources/icons/<name>.svg), e.g. icon(u"diary"_s). Drawn in the
//! application palette's text colour when painted, so the icons follow the skin (dark ones too).
[[nodiscard]] QIcon icon(const QString &name);

//! Applies the classic skin to the whole application: the Fusion style, its palette and style sheet.
void applySkin(QApplication &app);
//! Applies `skin` to the whole application (my window shows my space's skin).
void applySkin(QApplication &app, const Skin &skin);
//! Shows `root` and everything in it in `skin` (a friend's space in its owner's skin), whatever the
//! application's skin is.
void applySkin(QWidget &root, const Skin &skin);
//! `root` follows the application's skin again.
void clearSkin(QWidget &root);

} // namespace kj::ui
