#include "models/domain/spacesettings.h"
#include "ui/skin.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QVBoxLayout>

using kj::ui::Skin;

namespace {

qreal relativeLuminance(const QColor &color)
{
    const auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

//! WCAG contrast ratio, 1 to 21.
qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

//! The mean lightness (0..255) of the pixels an icon draws (alpha > 0).
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 128) {
                sum += pixel.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

// The skins of the window: built-in ones, colour overrides from a space's settings, and applying them to
// the whole application or to one part of it.
class TestSkin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSkins()
    {
        const QStringList ids = Skin::ids();
        QVERIFY(ids.size() >= 4);
        QCOMPARE(ids.first(), kj::SpaceSettings::defaultSkin());
        for (const QString &id : {QStringLiteral("classic"), QStringLiteral("sakura"), QStringLiteral("ocean"), QStringLiteral("night")})
            QVERIFY2(ids.contains(id), qPrintable(id));
        // Every id is one a space may store.
        for (const QString &id : ids)
            QVERIFY(kj::SpaceSettings::isValidSkin(id));
        // A skin this client does not know (a newer client's) shows as classic.
        QCOMPARE(Skin::builtIn(QStringLiteral("disco")).id(), QStringLiteral("classic"));
        QVERIFY(!Skin::isBuiltIn(QStringLiteral("disco")));
    }

    void palettesDiffer()
    {
        const QStringList ids = Skin::ids();
        for (int i = 0; i < ids.size(); ++i) {
            for (int j = i + 1; j < ids.size(); ++j) {
                const QPalette a = Skin::builtIn(ids.at(i)).palette();
                const QPalette b = Skin::builtIn(ids.at(j)).palette();
                QVERIFY2(a.color(QPalette::Window) != b.color(QPalette::Window) || a.color(QPalette::Highlight) != b.color(QPalette::Highlight),
                         qPrintable(ids.at(i) + QStringLiteral(" and ") + ids.at(j)));
            }
        }
    }

    void nightIsDark()
    {
        const Skin night = Skin::builtIn(QStringLiteral("night"));
        QVERIFY(night.isDark());
        QVERIFY(!Skin::builtIn(QStringLiteral("classic")).isDark());
        const QPalette palette = night.palette();
        QVERIFY(palette.color(QPalette::Window).lightness() < 60);
        QVERIFY(palette.color(QPalette::Base).lightness() < 80);
        QVERIFY(palette.color(QPalette::WindowText).lightness() > 180);
        QVERIFY(palette.color(QPalette::Text).lightness() > 180);
    }

    void everySkinIsReadable_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : Skin::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everySkinIsReadable()
    {
        QFETCH(QString, id);
        const QPalette palette = Skin::builtIn(id).palette();
        // WCAG AA for body text, on the window, on panels and on the selection.
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 3.0);
        // Disabled words stay visible, weaker than the others.
        QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Window)) >= 1.8);
        QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Window))
                < contrast(palette.color(QPalette::Text), palette.color(QPalette::Window)));
    }

    void styleSheetIsFilledIn_data() { everySkinIsReadable_data(); }

    void styleSheetIsFilledIn()
    {
        QFETCH(QString, id);
        const Skin skin = Skin::builtIn(id);
        const QString sheet = skin.styleSheet();
        QVERIFY(sheet.contains(u"QListView#navigation"));
        // Every @name was replaced by a colour.
        const QRegularExpressionMatch left = QRegularExpression(QStringLiteral("@[A-Za-z]+")).match(sheet);
        QVERIFY2(!left.hasMatch(), qPrintable(left.captured(0)));
        QVERIFY(sheet.contains(skin.color(QStringLiteral("accent")).name()));
        QVERIFY(sheet.contains(skin.color(QStringLiteral("background")).name()));
    }

    void overridesWin()
    {
        kj::SpaceSettings settings;
        settings.skin = QStringLiteral("ocean");
        settings.colors.insert(QStringLiteral("accent"), QStringLiteral("#c8553d"));
        settings.colors.insert(QStringLiteral("background"), QStringLiteral("#fdf6ec"));
        settings.colors.insert(QStringLiteral("link"), QStringLiteral("#123456"));
        const Skin skin = Skin::forSpace(settings);
        QCOMPARE(skin.id(), QStringLiteral("ocean"));
        QCOMPARE(skin.color(QStringLiteral("accent")), QColor(QStringLiteral("#c8553d")));
        QCOMPARE(skin.palette().color(QPalette::Window), QColor(QStringLiteral("#fdf6ec")));
        QCOMPARE(skin.palette().color(QPalette::Link), QColor(QStringLiteral("#123456")));
        // What is not overridden is the skin's.
        QCOMPARE(skin.color(QStringLiteral("text")), Skin::builtIn(QStringLiteral("ocean")).color(QStringLiteral("text")));
        QVERIFY(skin.styleSheet().contains(u"#c8553d"));
        QVERIFY(!Skin::builtIn(QStringLiteral("ocean")).styleSheet().contains(u"#c8553d"));
        // A dark background override makes the skin dark.
        QVERIFY(Skin::builtIn(QStringLiteral("classic")).withColor(QStringLiteral("background"), QColor(0x10, 0x10, 0x18)).isDark());
    }

    void appliesToTheApplication()
    {
        auto &app = *qobject_cast<QApplication *>(QCoreApplication::instance());
        kj::ui::applySkin(app);
        QCOMPARE(app.palette().color(QPalette::Window), Skin::builtIn(QStringLiteral("classic")).palette().color(QPalette::Window));
        QLabel label(QStringLiteral("你好"));
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        const QColor classicWindow = label.palette().color(QPalette::Window);
        kj::ui::applySkin(app, Skin::builtIn(QStringLiteral("night")));
        QVERIFY(app.styleSheet().contains(Skin::builtIn(QStringLiteral("night")).color(QStringLiteral("background")).name()));
        QTRY_VERIFY(label.palette().color(QPalette::Window) != classicWindow);
        QVERIFY(label.palette().color(QPalette::WindowText).lightness() > 180);
        kj::ui::applySkin(app);
    }

    void appliesToOneSubtree()
    {
        auto &app = *qobject_cast<QApplication *>(QCoreApplication::instance());
        kj::ui::applySkin(app);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *outside = new QLabel(QStringLiteral("mine"), &window);
        auto *friendsSpace = new QWidget(&window);
        auto *inside = new QLabel(QStringLiteral("theirs"), friendsSpace);
        (new QVBoxLayout(friendsSpace))->addWidget(inside);
        layout->addWidget(outside);
        layout->addWidget(friendsSpace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const Skin night = Skin::builtIn(QStringLiteral("night"));
        kj::ui::applySkin(*friendsSpace, night);
        // The part's own palette (what it paints its background with) and the words in it follow the skin;
        // (with style sheets on, a palette does not reach the children: their colours come from the sheet).
        QCOMPARE(friendsSpace->palette().color(QPalette::Window), night.palette().color(QPalette::Window));
        QTRY_VERIFY(inside->palette().color(QPalette::WindowText).lightness() > 180);
        QCOMPARE(outside->palette().color(QPalette::WindowText), Skin::builtIn(QStringLiteral("classic")).palette().color(QPalette::WindowText));
        QVERIFY(outside->palette().color(QPalette::WindowText).lightness() < 100);

        kj::ui::clearSkin(*friendsSpace);
        QCOMPARE(friendsSpace->palette().color(QPalette::Window), Skin::builtIn(QStringLiteral("classic")).palette().color(QPalette::Window));
        QTRY_COMPARE(inside->palette().color(QPalette::WindowText), Skin::builtIn(QStringLiteral("classic")).palette().color(QPalette::WindowText));
    }

    void iconsFollowTheSkin()
    {
        auto &app = *qobject_cast<QApplication *>(QCoreApplication::instance());
        kj::ui::applySkin(app);
        const QIcon diary = kj::ui::icon(QStringLiteral("diary"));
        QVERIFY(!diary.isNull());
        const int onLight = inkLightness(diary);
        QVERIFY(onLight >= 0 && onLight < 100);
        kj::ui::applySkin(app, Skin::builtIn(QStringLiteral("night")));
        const int onDark = inkLightness(kj::ui::icon(QStringLiteral("diary")));
        QVERIFY2(onDark > 150, qPrintable(QString::number(onDark)));
        kj::ui::applySkin(app);
    }
};

QTEST_MAIN(TestSkin)
#include "tst_skin.moc"
