#include "ui/music/mpris.h"

#include "ui/music/mprisadaptors.h"
#include "ui/music/player.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMetaProperty>
#include <QTimer>

namespace kj::ui {

namespace {
const QString kPropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
} // namespace

Mpris::Mpris(Player &player, QObject *parent) : QObject(parent), m_player(player)
{
    new MprisRootAdaptor(this);
    new MprisPlayerAdaptor(this);
    connect(&player, &Player::stateChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::currentChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::queueChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::durationChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::coverChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::volumeChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::mutedChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::shuffleChanged, this, &Mpris::notifyChanges);
    connect(&player, &Player::repeatChanged, this, &Mpris::notifyChanges);
}

Mpris::~Mpris()
{
    if (m_bus && !m_serviceName.isEmpty()) {
        m_bus->unregisterObject(kObjectPath);
        m_bus->unregisterService(m_serviceName);
    }
}

QString Mpris::trackPath(const QString &trackId)
{
    // Object path elements take [A-Za-z0-9_] only; a track id is a UUID.
    return QStringLiteral("/org/kongjian/track/") + QString(trackId).replace(u'-', u'_');
}

bool Mpris::registerOn(const QDBusConnection &bus)
{
    if (m_bus || !bus.isConnected())
        return false;
    QDBusConnection connection = bus;
    if (!connection.registerObject(kObjectPath, this, QDBusConnection::ExportAdaptors))
        return false;
    const QStringList names{kServiceName, kServiceName + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid())};
    for (const QString &name : names) {
        if (connection.registerService(name)) {
            m_bus = connection;
            m_serviceName = name;
            m_announced = playerProperties();
            return true;
        }
    }
    connection.unregisterObject(kObjectPath);
    return false;
}

QVariantMap Mpris::playerProperties() const
{
    QVariantMap properties;
    const auto *adaptor = findChild<MprisPlayerAdaptor *>(QString(), Qt::FindDirectChildrenOnly);
    const QMetaObject *meta = adaptor->metaObject();
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        // Position changes all the time: clients ask for it and follow Seeked, as MPRIS says.
        if (qstrcmp(property.name(), "Position") != 0)
            properties.insert(QString::fromLatin1(property.name()), property.read(adaptor));
    }
    return properties;
}

void Mpris::notifyChanges()
{
    if (!m_bus || m_notifyQueued)
        return;
    // Several player signals come together (a new track: current, duration, state): one message for them.
    m_notifyQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_notifyQueued = false;
        const QVariantMap now = playerProperties();
        QVariantMap changed;
        for (auto it = now.begin(); it != now.end(); ++it) {
            if (m_announced.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        }
        m_announced = now;
        if (changed.isEmpty())
            return;
        QDBusMessage signal = QDBusMessage::createSignal(kObjectPath, kPropertiesInterface, QStringLiteral("PropertiesChanged"));
        signal << kPlayerInterface << changed << QStringList();
        m_bus->send(signal);
    });
}

} // namespace kj::ui
