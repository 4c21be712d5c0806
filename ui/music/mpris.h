#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace kj::ui {

class Player;

//! The window's Player on D-Bus as an MPRIS2 media player (org.mpris.MediaPlayer2 and its .Player
//! interface at /org/mpris/MediaPlayer2), so the keyboard's media keys and the desktop's player controls
//! drive it. Registered as org.mpris.MediaPlayer2.kongjian, or with ".instance<pid>" after it when another
//! window has that name. Property changes go out as org.freedesktop.DBus.Properties.PropertiesChanged.
class Mpris : public QObject
{
    Q_OBJECT

public:
    static inline const QString kServiceName = QStringLiteral("org.mpris.MediaPlayer2.kongjian");
    static inline const QString kObjectPath = QStringLiteral("/org/mpris/MediaPlayer2");
    static inline const QString kRootInterface = QStringLiteral("org.mpris.MediaPlayer2");
    static inline const QString kPlayerInterface = QStringLiteral("org.mpris.MediaPlayer2.Player");

    //! `player` must outlive this object.
    explicit Mpris(Player &player, QObject *parent = nullptr);
    ~Mpris() override;

    //! Exports the player on `bus`; false (and nothing exported) when the bus is not connected or no name
    //! could be had. Once only.
    bool registerOn(const QDBusConnection &bus);
    //! The name owned on the bus, empty when not registered.
    [[nodiscard]] QString serviceName() const { return m_serviceName; }

    [[nodiscard]] Player &player() const { return m_player; }

    //! The track's object path in Metadata's mpris:trackid.
    [[nodiscard]] static QString trackPath(const QString &trackId);
    //! The Player interface's properties as they are now.
    [[nodiscard]] QVariantMap playerProperties() const;

Q_SIGNALS:
    //! Raise() was called: the desktop asks for the window.
    void raiseRequested();

private:
    void notifyChanges();

    Player &m_player;
    std::optional<QDBusConnection> m_bus;
    QString m_serviceName;
    QVariantMap m_announced; // the player's properties as last announced
    bool m_notifyQueued = false;
};

} // namespace kj::ui
