#include "ui/preferences.h"

#include <QSettings>

namespace kj::ui {

namespace {
const QString kLanguageKey = QStringLiteral("preferences/language");
const QString kAutoplayKey = QStringLiteral("preferences/autoplayMusic");
const QString kTrayKey = QStringLiteral("preferences/trayNotifications");
} // namespace

Preferences::Preferences(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString Preferences::language() const
{
    return m_settings.value(kLanguageKey).toString();
}

void Preferences::setLanguage(const QString &language)
{
    store(kLanguageKey, language);
}

bool Preferences::autoplayMusic() const
{
    return m_settings.value(kAutoplayKey, true).toBool();
}

void Preferences::setAutoplayMusic(bool autoplay)
{
    store(kAutoplayKey, autoplay);
}

bool Preferences::trayNotifications() const
{
    return m_settings.value(kTrayKey, true).toBool();
}

void Preferences::setTrayNotifications(bool show)
{
    store(kTrayKey, show);
}

void Preferences::store(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    m_settings.sync();
    Q_EMIT changed();
}

} // namespace kj::ui
