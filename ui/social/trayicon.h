#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace kj::ui {

//! Kongjian in the system tray: a menu (Show Kongjian, Sync now, Quit) and the messages an ActivityNotifier
//! announces. Only made where the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()).
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    [[nodiscard]] QSystemTrayIcon *icon() const { return m_icon; }
    //! The tooltip and the menu in the language now installed (the owner calls it on a change of language).
    void retranslate();

public Q_SLOTS:
    void showMessage(const QString &title, const QString &message);

Q_SIGNALS:
    void showRequested();
    void syncRequested();
    void quitRequested();
    //! The user clicked the last message shown.
    void messageClicked();

private:
    QMenu *m_menu = nullptr;
    QAction *m_show = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_quit = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
};

} // namespace kj::ui
