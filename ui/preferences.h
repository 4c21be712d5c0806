#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace kj::ui {

//! The viewer's own choices for this profile's window (not part of their space, not synced): interface
//! language, whether a friend's background music starts by itself, tray notifications. Kept in the
//! profile's kongjian-gui.ini; every page reads them here and follows changed().
class Preferences : public QObject
{
    Q_OBJECT

public:
    //! `settings` must outlive this object.
    explicit Preferences(QSettings &settings, QObject *parent = nullptr);

    //! "" follows the system locale; otherwise a locale name Kongjian speaks ("en", "zh_CN").
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    //! Whether opening a space plays its background music without a click (default on).
    [[nodiscard]] bool autoplayMusic() const;
    void setAutoplayMusic(bool autoplay);

    //! Whether new comments, likes and guestbook messages show from the tray (default on).
    [[nodiscard]] bool trayNotifications() const;
    void setTrayNotifications(bool show);

Q_SIGNALS:
    //! One of the preferences changed (after it is stored).
    void changed();

private:
    void store(const QString &key, const QVariant &value);

    QSettings &m_settings;
};

} // namespace kj::ui
