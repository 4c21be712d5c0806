#include "ui/skin.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace kj::ui {

QIcon icon(const QString &name)
{
    return QIcon(QStringLiteral(":/kongjian/icons/") + name + QStringLiteral(".svg"));
}

void applySkin(QApplication &app)
{
    // Fusion draws the same on every desktop, so the stylesheet meets one known base.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);

    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, QColor(0xfb, 0xf8, 0xf4));
    palette.setColor(QPalette::WindowText, QColor(0x3a, 0x31, 0x29));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf2, 0xec));
    palette.setColor(QPalette::Text, QColor(0x3a, 0x31, 0x29));
    palette.setColor(QPalette::Button, Qt::white);
    palette.setColor(QPalette::ButtonText, QColor(0x3a, 0x31, 0x29));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa8, 0x9c, 0x91));
    palette.setColor(QPalette::Highlight, QColor(0xfb, 0xe2, 0xc8));
    palette.setColor(QPalette::HighlightedText, QColor(0x3a, 0x31, 0x29));
    palette.setColor(QPalette::Link, QColor(0xc9, 0x68, 0x0f));
    palette.setColor(QPalette::LinkVisited, QColor(0xa0, 0x55, 0x10));
    palette.setColor(QPalette::Mid, QColor(0xe8, 0xdf, 0xd5));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xb3, 0xa8, 0x9e));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xb3, 0xa8, 0x9e));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xb3, 0xa8, 0x9e));
    app.setPalette(palette);

    // Diaries are for reading: nothing smaller than 10 points.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10)
        font.setPointSizeF(10);
    QApplication::setFont(font);

    QFile sheet(QStringLiteral(":/kongjian/skins/light.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
    app.setWindowIcon(icon(QStringLiteral("kongjian")));
}

} // namespace kj::ui
