#pragma once

#include <QColor>
#include <QPixmap>
#include <QRect>
#include <QString>
#include <QWidget>

class QPainter;
class QPalette;

namespace kj::ui {

//! The colour of a person's initial badge: a hue of their own from their username (the same on every run and
//! machine), its saturation and lightness from the palette so the white initial reads in light and dark skins.
[[nodiscard]] QColor avatarColour(const QString &username, const QPalette &palette);

//! The letter an initial badge shows: the first of the display name (else the username), upper case; "?" for
//! no name.
[[nodiscard]] QString avatarInitial(const QString &displayName, const QString &username);

//! Paints a person's round avatar in `rect`: `picture` (cropped to fill the circle) when it is not null, else
//! their initial on avatarColour(). A `ring` wider than 0 draws a border of the palette's Base colour that
//! wide around it, inside `rect`. Every avatar of the window is drawn by this one function.
void paintAvatar(QPainter &painter, const QRect &rect, const QString &displayName, const QString &username,
                 const QPalette &palette, const QPixmap &picture = {}, int ring = 0);

//! A person's avatar as a widget (the space's profile card): paintAvatar() at its size, with the picture set
//! once it has been fetched and decoded.
class AvatarBadge : public QWidget
{
    Q_OBJECT

public:
    //! A square badge of `side` pixels with a `ring` of that width.
    AvatarBadge(int side, int ring, QWidget *parent = nullptr);

    void setPerson(const QString &displayName, const QString &username);
    void setPicture(const QPixmap &picture);
    [[nodiscard]] QPixmap picture() const { return m_picture; }
    //! What the badge shows when it has no picture.
    [[nodiscard]] QString initial() const { return avatarInitial(m_displayName, m_username); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_ring;
    QString m_displayName;
    QString m_username;
    QPixmap m_picture;
};

} // namespace kj::ui
