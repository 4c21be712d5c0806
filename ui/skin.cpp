#include "ui/skin.h"

#include "ui/colormix.h"

#include "models/domain/spacesettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QWidget>

#include <array>

namespace kj::ui {

namespace {

//! A built-in skin: its id, its name (translated where shown) and its six colours.
struct BuiltIn {
    const char *id;
    const char *name;
    const char *accent;
    const char *background;
    const char *text;
    const char *link;
    const char *header;
    const char *panel;
};

// The order of the picker. classic must stay first: it is the default and the fallback.
constexpr std::array kBuiltIns = {
    BuiltIn{"classic", QT_TRANSLATE_NOOP("kj::ui::Skin", "Classic"), "#e07a1f", "#fbf8f4", "#3a3129", "#c9680f", "#f4ede4", "#ffffff"},
    BuiltIn{"sakura", QT_TRANSLATE_NOOP("kj::ui::Skin", "Sakura"), "#d9587a", "#fdf5f7", "#4a3238", "#c2456a", "#f9e3ea", "#ffffff"},
    BuiltIn{"ocean", QT_TRANSLATE_NOOP("kj::ui::Skin", "Ocean"), "#2a7fb8", "#f3f8fb", "#23384a", "#1f6fa6", "#e0edf6", "#ffffff"},
    BuiltIn{"bamboo", QT_TRANSLATE_NOOP("kj::ui::Skin", "Bamboo"), "#4f8a3c", "#f6f8f1", "#2f3a29", "#3f7a2e", "#e6eedb", "#ffffff"},
    BuiltIn{"night", QT_TRANSLATE_NOOP("kj::ui::Skin", "Night"), "#f0a04b", "#1d2127", "#e6e2dc", "#f4b26b", "#16191e", "#282d35"},
};

// The strokes the line icons are drawn with (resources/icons): ink, and a muted ink for secondary marks.
const QByteArray kIconInk[] = {QByteArrayLiteral("#5f5046"), QByteArrayLiteral("#5a4a3c")};
const QByteArray kIconMuted = QByteArrayLiteral("#8a7e74");

qreal luminance(const QColor &color)
{
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF();
}

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

//! Draws a line icon with its ink replaced by the application palette's text colour, so icons stay
//! visible on every skin. Pixmaps are kept in QPixmapCache by file, size and colour.
class SkinIconEngine : public QIconEngine
{
public:
    explicit SkinIconEngine(QString path) : m_path(std::move(path)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = render(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return render(size, mode, state); }

    QIconEngine *clone() const override { return new SkinIconEngine(m_path); }
    QString key() const override { return QStringLiteral("KongjianSkinIcon"); }
    bool isNull() override { return !QFile::exists(m_path); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(20, 20), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
    }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode, QIcon::State)
    {
        if (size.isEmpty())
            return {};
        const QPalette palette = QGuiApplication::palette();
        const QColor ink = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
                         : mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                                   : palette.color(QPalette::WindowText);
        const QColor muted = mixColors(ink, palette.color(QPalette::Window), 0.35);
        const QString cacheKey = QStringLiteral("kjicon:%1:%2x%3:%4:%5")
                                     .arg(m_path).arg(size.width()).arg(size.height()).arg(ink.name(), muted.name());
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray svg = file.readAll();
        for (const QByteArray &stroke : kIconInk)
            svg.replace(stroke, ink.name().toLatin1());
        svg.replace(kIconMuted, muted.name().toLatin1());
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QSvgRenderer renderer(svg);
        QPainter painter(&pixmap);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

    QString m_path;
};

} // namespace

QStringList Skin::ids()
{
    QStringList result;
    for (const BuiltIn &skin : kBuiltIns)
        result.append(QString::fromLatin1(skin.id));
    return result;
}

bool Skin::isBuiltIn(const QString &id)
{
    return ids().contains(id);
}

Skin Skin::builtIn(const QString &id)
{
    const BuiltIn *found = &kBuiltIns.front();
    for (const BuiltIn &skin : kBuiltIns) {
        if (id == QLatin1StringView(skin.id))
            found = &skin;
    }
    Skin skin;
    skin.m_id = QString::fromLatin1(found->id);
    skin.m_accent = QColor(QLatin1StringView(found->accent));
    skin.m_background = QColor(QLatin1StringView(found->background));
    skin.m_text = QColor(QLatin1StringView(found->text));
    skin.m_link = QColor(QLatin1StringView(found->link));
    skin.m_header = QColor(QLatin1StringView(found->header));
    skin.m_panel = QColor(QLatin1StringView(found->panel));
    return skin;
}

Skin Skin::forSpace(const kj::SpaceSettings &settings)
{
    Skin skin = builtIn(settings.skin);
    for (auto it = settings.colors.begin(); it != settings.colors.end(); ++it) {
        if (const QColor color(it.value()); color.isValid())
            skin = skin.withColor(it.key(), color);
    }
    return skin;
}

QString Skin::name() const
{
    for (const BuiltIn &skin : kBuiltIns) {
        if (m_id == QLatin1StringView(skin.id))
            return QCoreApplication::translate("kj::ui::Skin", skin.name);
    }
    return m_id;
}

bool Skin::isDark() const
{
    return luminance(m_background) < 0.45;
}

QColor Skin::color(const QString &name) const
{
    if (name == u"accent")
        return m_accent;
    if (name == u"background")
        return m_background;
    if (name == u"text")
        return m_text;
    if (name == u"link")
        return m_link;
    if (name == u"header")
        return m_header;
    if (name == u"panel")
        return m_panel;
    return {};
}

Skin Skin::withColor(const QString &name, const QColor &color) const
{
    Skin skin = *this;
    if (!color.isValid())
        return skin;
    if (name == u"accent")
        skin.m_accent = color;
    else if (name == u"background")
        skin.m_background = color;
    else if (name == u"text")
        skin.m_text = color;
    else if (name == u"link")
        skin.m_link = color;
    else if (name == u"header")
        skin.m_header = color;
    else if (name == u"panel")
        skin.m_panel = color;
    return skin;
}

QPalette Skin::palette() const
{
    const bool dark = isDark();
    const QColor disabled = mixColors(m_text, m_background, 0.55);
    QPalette palette;
    palette.setColor(QPalette::Window, m_background);
    palette.setColor(QPalette::WindowText, m_text);
    palette.setColor(QPalette::Base, m_panel);
    palette.setColor(QPalette::AlternateBase, mixColors(m_panel, m_background, 0.6));
    palette.setColor(QPalette::Text, m_text);
    palette.setColor(QPalette::Button, m_panel);
    palette.setColor(QPalette::ButtonText, m_text);
    palette.setColor(QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
    palette.setColor(QPalette::PlaceholderText, mixColors(m_text, m_panel, 0.5));
    palette.setColor(QPalette::Highlight, mixColors(m_panel, m_accent, dark ? 0.35 : 0.25));
    palette.setColor(QPalette::HighlightedText, m_text);
    palette.setColor(QPalette::Link, m_link);
    palette.setColor(QPalette::LinkVisited, dark ? m_link.darker(120) : m_link.darker(125));
    palette.setColor(QPalette::ToolTipBase, m_panel);
    palette.setColor(QPalette::ToolTipText, m_text);
    // Fusion's bevels and frames.
    palette.setColor(QPalette::Light, dark ? m_panel.lighter(130) : QColor(Qt::white));
    palette.setColor(QPalette::Midlight, mixColors(m_panel, m_text, 0.06));
    palette.setColor(QPalette::Mid, mixColors(m_background, m_text, 0.12));
    palette.setColor(QPalette::Dark, mixColors(m_background, m_text, 0.35));
    palette.setColor(QPalette::Shadow, dark ? QColor(Qt::black) : mixColors(m_background, m_text, 0.6));
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QString Skin::styleSheet() const
{
    const bool dark = isDark();
    const QColor warning(0xe0, 0x60, 0x2f);
    const QHash<QString, QColor> colors = {
        {QStringLiteral("accent"), m_accent},
        {QStringLiteral("accentHover"), dark ? m_accent.lighter(115) : m_accent.darker(112)},
        {QStringLiteral("accentText"), luminance(m_accent) > 0.55 ? mixColors(m_text, QColor(Qt::black), dark ? 0.9 : 0.4) : QColor(Qt::white)},
        {QStringLiteral("accentSoft"), mixColors(m_panel, m_accent, dark ? 0.35 : 0.25)},
        {QStringLiteral("accentFaint"), mixColors(m_panel, m_accent, dark ? 0.14 : 0.08)},
        {QStringLiteral("accentLine"), mixColors(m_panel, m_accent, 0.45)},
        {QStringLiteral("accentPale"), mixColors(m_panel, m_accent, 0.45)},
        {QStringLiteral("background"), m_background},
        {QStringLiteral("panel"), m_panel},
        {QStringLiteral("text"), m_text},
        {QStringLiteral("muted"), mixColors(m_text, m_panel, 0.42)},
        {QStringLiteral("line"), mixColors(m_background, m_text, dark ? 0.16 : 0.10)},
        {QStringLiteral("border"), mixColors(m_background, m_text, dark ? 0.24 : 0.16)},
        {QStringLiteral("header"), m_header},
        {QStringLiteral("headerHover"), mixColors(m_header, m_accent, 0.14)},
        {QStringLiteral("link"), m_link},
        {QStringLiteral("warningText"), dark ? QColor(0xf3, 0xb4, 0x9a) : QColor(0x8a, 0x3b, 0x1f)},
        {QStringLiteral("warningBack"), mixColors(m_panel, warning, dark ? 0.2 : 0.1)},
        {QStringLiteral("warningLine"), mixColors(m_panel, warning, 0.35)},
        {QStringLiteral("error"), dark ? QColor(0xff, 0x8a, 0x75) : QColor(0xa2, 0x32, 0x1f)},
        {QStringLiteral("disabled"), mixColors(m_text, m_background, 0.55)},
        {QStringLiteral("disabledBack"), mixColors(m_background, m_text, 0.04)},
        {QStringLiteral("scroll"), mixColors(m_background, m_text, 0.2)},
        {QStringLiteral("scrollHover"), mixColors(m_background, m_text, 0.32)},
    };
    QString sheet = readResource(QStringLiteral(":/kongjian/skins/base.qss"))
                  + readResource(QStringLiteral(":/kongjian/skins/%1.qss").arg(m_id));
    static const QRegularExpression token(QStringLiteral("@([A-Za-z]+)"));
    QString filled;
    filled.reserve(sheet.size());
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = token.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        filled += QStringView(sheet).mid(last, match.capturedStart() - last);
        const auto color = colors.constFind(match.captured(1));
        filled += color != colors.constEnd() ? color->name() : match.captured(0);
        last = match.capturedEnd();
    }
    filled += QStringView(sheet).mid(last);
    return filled;
}

QIcon icon(const QString &name)
{
    const QString path = QStringLiteral(":/kongjian/icons/") + name + QStringLiteral(".svg");
    // A misspelt or forgotten icon would otherwise show as an empty button; the screen tests fail on this warning.
    if (!QFile::exists(path))
        qWarning("Kongjian: no icon named \"%s\"", qUtf8Printable(name));
    return QIcon(new SkinIconEngine(path));
}

void applySkin(QApplication &app)
{
    applySkin(app, Skin::builtIn(kj::SpaceSettings::defaultSkin()));
}

void applySkin(QApplication &app, const Skin &skin)
{
    // Fusion draws the same on every desktop, so the stylesheet meets one known base. Once a sheet is set, style()
    // is Qt's style-sheet wrapper, whose name is not Fusion's: the sheet was set here, after Fusion. Setting the
    // style again would re-polish every widget there is (a tenth of the client's start-up).
    if (app.styleSheet().isEmpty() && (!app.style() || app.style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)) {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            app.setStyle(fusion);
    }
    // Diaries are for reading: nothing smaller than 10 points.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10) {
        font.setPointSizeF(10);
        QApplication::setFont(font);
    }
    // Setting either again re-polishes every widget there is, even when nothing changed (the window opening
    // with the skin the sign-in dialog already wore): only what differs is set.
    if (const QPalette palette = skin.palette(); QApplication::palette() != palette)
        app.setPalette(palette);
    if (const QString sheet = skin.styleSheet(); app.styleSheet() != sheet)
        app.setStyleSheet(sheet);
    app.setWindowIcon(QIcon(QStringLiteral(":/kongjian/icons/kongjian.svg")));
}

void applySkin(QWidget &root, const Skin &skin)
{
    // The sheet first: polishing by a style sheet replaces the palette, so it is set after.
    root.setStyleSheet(skin.styleSheet());
    root.setPalette(skin.palette());
}

void clearSkin(QWidget &root)
{
    root.setStyleSheet(QString());
    root.setPalette(QPalette());
}

} // namespace kj::ui
