#include "ui/social/trayicon.h"

#include "ui/skin.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace kj::ui {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(kj::ui::icon(QStringLiteral("kongjian")), this))
{
    m_show = m_menu->addAction(QString());
    connect(m_show, &QAction::triggered, this, &TrayIcon::showRequested);
    m_sync = m_menu->addAction(kj::ui::icon(QStringLiteral("sync")), QString());
    connect(m_sync, &QAction::triggered, this, &TrayIcon::syncRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(kj::ui::icon(QStringLiteral("quit")), QString());
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    retranslate();
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    // The menu has no parent widget (a tray menu must not belong to the window).
    delete m_menu;
}

void TrayIcon::retranslate()
{
    m_icon->setToolTip(tr("Kongjian"));
    m_show->setText(tr("&Show Kongjian"));
    m_sync->setText(tr("S&ync now"));
    m_quit->setText(tr("&Quit"));
}

void TrayIcon::showMessage(const QString &title, const QString &message)
{
    m_icon->showMessage(title, message, kj::ui::icon(QStringLiteral("kongjian")), 8000);
}

} // namespace kj::ui
