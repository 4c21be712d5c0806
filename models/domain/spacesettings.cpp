#include "models/domain/spacesettings.h"

#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"

#include <QJsonArray>
#include <QSet>

namespace kj {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Reads the structured fields JsonReader has no getter for; shares its first-error-wins habit.
class SettingsParser
{
public:
    SettingsParser(const QJsonObject &json, JsonReader::Mode mode) : m_json(json), m_reader(json, mode), m_mode(mode) {}

    Result<SpaceSettings> parse()
    {
        SpaceSettings settings;
        settings.title = m_reader.optionalString(QStringLiteral("title"), 0, SpaceSettings::kMaxTitleLength).value_or(QString());
        settings.motto = m_reader.optionalString(QStringLiteral("motto"), 0, SpaceSettings::kMaxMottoLength).value_or(QString());
        settings.avatarMediaId = mediaId(QStringLiteral("avatarMediaId"));
        settings.coverMediaId = mediaId(QStringLiteral("coverMediaId"));
        settings.backgroundMediaId = mediaId(QStringLiteral("backgroundMediaId"));
        if (std::optional<QString> skin = m_reader.optionalString(QStringLiteral("skin"), 1, SpaceSettings::kMaxSkinLength)) {
            if (SpaceSettings::isValidSkin(*skin))
                settings.skin = *skin;
            else
                setError(ErrorCode::InvalidField, QStringLiteral("\"skin\" must be 1 to 32 characters of a-z, 0-9 and '-'"));
        }
        if (std::optional<QJsonObject> colors = optionalObject(m_reader, m_json, QStringLiteral("colors")))
            settings.colors = parseColors(*colors);
        if (std::optional<QJsonArray> modules = optionalArray(m_reader, m_json, QStringLiteral("modules")))
            settings.modules = parseModules(*modules);
        if (std::optional<QJsonObject> music = optionalObject(m_reader, m_json, QStringLiteral("music")))
            settings.music = parseMusic(*music);
        settings.hideMyVisits = m_reader.optionalBoolean(QStringLiteral("hideMyVisits")).value_or(false);
        if (m_error)
            return *m_error;
        if (Status status = m_reader.finish(); !status)
            return status.error();
        return settings;
    }

private:
    bool strict() const { return m_mode == JsonReader::Mode::Strict; }

    void setError(ErrorCode code, const QString &message)
    {
        if (!m_error)
            m_error = Error{code, message, {}};
    }

    QString mediaId(const QString &key)
    {
        const std::optional<QString> id = m_reader.optionalString(key, 1, SpaceSettings::kMaxMediaIdLength);
        if (id && !SpaceSettings::isValidMediaId(*id)) {
            setError(ErrorCode::InvalidId, QStringLiteral("\"%1\" must be a media id or null").arg(key));
            return {};
        }
        return id.value_or(QString());
    }

    // Absent gives nullopt; present, it must be an object (null is not one: these fields have defaults).
    std::optional<QJsonObject> optionalObject(JsonReader &reader, const QJsonObject &json, const QString &key)
    {
        if (!json.contains(key))
            return std::nullopt;
        if (!json.value(key).isObject()) {
            setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be an object").arg(key));
            return std::nullopt;
        }
        return reader.object(key);
    }

    std::optional<QJsonArray> optionalArray(JsonReader &reader, const QJsonObject &json, const QString &key)
    {
        if (!json.contains(key))
            return std::nullopt;
        if (!json.value(key).isArray()) {
            setError(ErrorCode::InvalidField, QStringLiteral("\"%1\" must be an array").arg(key));
            return std::nullopt;
        }
        return reader.array(key);
    }

    QMap<QString, QString> parseColors(const QJsonObject &colors)
    {
        static const QStringList known = SpaceSettings::knownColorNames();
        QMap<QString, QString> result;
        for (auto it = colors.begin(); it != colors.end(); ++it) {
            if (!known.contains(it.key())) {
                if (strict())
                    setError(ErrorCode::InvalidField, QStringLiteral("\"colors\" has an unknown colour name \"%1\" (known: %2)")
                                                          .arg(it.key(), known.join(QStringLiteral(", "))));
                continue;
            }
            const QString value = it.value().toString();
            if (!it.value().isString() || !SpaceSettings::isValidColor(value)) {
                setError(ErrorCode::InvalidField, QStringLiteral("\"colors.%1\" must be a colour like \"#c8553d\"").arg(it.key()));
                continue;
            }
            result.insert(it.key(), value.toLower());
        }
        return result;
    }

    QStringList parseModules(const QJsonArray &modules)
    {
        static const QStringList known = SpaceSettings::knownModules();
        QStringList result;
        for (const QJsonValue &value : modules) {
            const QString id = value.toString();
            if (!value.isString()) {
                setError(ErrorCode::InvalidField, QStringLiteral("\"modules\" must list module ids (strings)"));
                continue;
            }
            if (!known.contains(id)) {
                if (strict())
                    setError(ErrorCode::InvalidField, QStringLiteral("\"modules\" has an unknown module \"%1\" (known: %2)")
                                                          .arg(id, known.join(QStringLiteral(", "))));
                continue;
            }
            if (result.contains(id)) {
                setError(ErrorCode::InvalidField, QStringLiteral("\"modules\" lists \"%1\" twice").arg(id));
                continue;
            }
            result.append(id);
        }
        return result;
    }

    SpaceMusic parseMusic(const QJsonObject &json)
    {
        JsonReader reader(json, m_mode);
        SpaceMusic music;
        if (std::optional<QJsonArray> tracks = optionalArray(reader, json, QStringLiteral("trackIds"))) {
            if (tracks->size() > SpaceMusic::kMaxTracks)
                setError(ErrorCode::InvalidField, QStringLiteral("\"music.trackIds\" holds at most %1 tracks").arg(SpaceMusic::kMaxTracks));
            QSet<QString> seen;
            for (const QJsonValue &value : std::as_const(*tracks)) {
                const QString id = value.toString();
                if (!value.isString() || !isValidItemId(id)) {
                    setError(ErrorCode::InvalidId, QStringLiteral("\"music.trackIds\" must list track ids (lower-case UUIDs)"));
                    break;
                }
                if (seen.contains(id)) {
                    setError(ErrorCode::InvalidField, QStringLiteral("\"music.trackIds\" lists %1 twice").arg(id));
                    break;
                }
                seen.insert(id);
                music.trackIds.append(id);
            }
        }
        music.autoplay = reader.optionalBoolean(QStringLiteral("autoplay")).value_or(false);
        music.shuffle = reader.optionalBoolean(QStringLiteral("shuffle")).value_or(false);
        if (Status status = reader.finish(); !status)
            setError(status.error().code, QStringLiteral("in \"music\": ") + status.error().message);
        return music;
    }

    const QJsonObject &m_json;
    JsonReader m_reader;
    JsonReader::Mode m_mode;
    std::optional<Error> m_error;
};

QJsonValue nullable(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

QJsonObject SpaceMusic::toJson() const
{
    return {{QStringLiteral("trackIds"), QJsonArray::fromStringList(trackIds)},
            {QStringLiteral("autoplay"), autoplay},
            {QStringLiteral("shuffle"), shuffle}};
}

QString SpaceSettings::defaultSkin()
{
    return QStringLiteral("classic");
}

QStringList SpaceSettings::knownModules()
{
    return {QStringLiteral("profile"), QStringLiteral("posts"), QStringLiteral("diaries"), QStringLiteral("albums"),
            QStringLiteral("music"),   QStringLiteral("guestbook"), QStringLiteral("visitors")};
}

QStringList SpaceSettings::knownColorNames()
{
    return {QStringLiteral("accent"), QStringLiteral("background"), QStringLiteral("text"),
            QStringLiteral("link"),   QStringLiteral("header"),     QStringLiteral("panel")};
}

bool SpaceSettings::isValidSkin(QStringView skin)
{
    if (skin.isEmpty() || skin.size() > kMaxSkinLength)
        return false;
    return std::all_of(skin.begin(), skin.end(), [](QChar c) { return isLowerAlnum(c) || c == u'-'; });
}

bool SpaceSettings::isValidColor(QStringView color)
{
    return color.size() == 7 && color.front() == u'#' && std::all_of(color.begin() + 1, color.end(), isHexDigit);
}

bool SpaceSettings::isValidMediaId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxMediaIdLength)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return isLowerAlnum(c) || (c >= u'A' && c <= u'Z') || c == u'-' || c == u'_';
    });
}

QJsonObject SpaceSettings::toJson(View view) const
{
    QJsonObject colorJson;
    for (auto it = colors.begin(); it != colors.end(); ++it)
        colorJson.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("title"), title},
                     {QStringLiteral("motto"), motto},
                     {QStringLiteral("avatarMediaId"), nullable(avatarMediaId)},
                     {QStringLiteral("coverMediaId"), nullable(coverMediaId)},
                     {QStringLiteral("skin"), skin},
                     {QStringLiteral("colors"), colorJson},
                     {QStringLiteral("backgroundMediaId"), nullable(backgroundMediaId)},
                     {QStringLiteral("modules"), QJsonArray::fromStringList(modules)},
                     {QStringLiteral("music"), music.toJson()}};
    if (view == View::Owner)
        json.insert(QStringLiteral("hideMyVisits"), hideMyVisits);
    return json;
}

Result<SpaceSettings> SpaceSettings::fromRequest(const QJsonObject &json)
{
    return SettingsParser(json, JsonReader::Mode::Strict).parse();
}

Result<SpaceSettings> SpaceSettings::fromJson(const QJsonObject &json)
{
    return SettingsParser(json, JsonReader::Mode::Lenient).parse();
}

} // namespace kj
