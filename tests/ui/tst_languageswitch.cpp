#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/feed/feedmodel.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/diaryviewer.h"
#include "ui/everyday/everydayarea.h"
#include "ui/everyday/settingspage.h"
#include "ui/feed/feedpage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>

using kj::ui::MainWindow;

namespace {

//! One text a person sees (or hears from a screen reader) on one widget or action.
struct Shown {
    QPointer<QObject> owner;
    QString what; // "text", "toolTip", "row 3"...
    QString text;

    [[nodiscard]] QString describe() const
    {
        QString path;
        for (const QObject *o = owner; o; o = o->parent()) {
            const QString name = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
            path = path.isEmpty() ? name : name + u'/' + path;
            if (path.size() > 140)
                break;
        }
        return QStringLiteral("%1 [%2] \"%3\"").arg(path, what, text);
    }
};

//! The English sources the shipped Simplified Chinese translation translates (in any context), each with a
//! pattern for sources with arguments ("Sign in as %1" matches "Sign in as xiaoming").
struct TranslatedSources {
    QSet<QString> exact;
    QList<QRegularExpression> patterns;

    [[nodiscard]] bool matches(const QString &text) const
    {
        if (exact.contains(text))
            return true;
        for (const QRegularExpression &pattern : patterns) {
            if (pattern.match(text).hasMatch())
                return true;
        }
        return false;
    }
};

TranslatedSources translatedSources()
{
    TranslatedSources sources;
    QTranslator chinese;
    if (!chinese.load(QStringLiteral(":/kongjian/i18n/kongjian_zh_CN.qm")))
        return sources;
    QFile ts(qEnvironmentVariable("KJ_SOURCE_DIR") + QStringLiteral("/resources/translations/kongjian_zh_CN.ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&ts);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
        } else if (xml.name() == u"source" && !numerus) {
            const QString source = xml.readElementText();
            const QString translation = chinese.translate(context.toUtf8().constData(), source.toUtf8().constData());
            if (translation.isEmpty() || translation == source)
                continue;
            static const QRegularExpression argument(QStringLiteral("%L?\\d"));
            if (!source.contains(argument)) {
                sources.exact.insert(source);
                continue;
            }
            // Only patterns with enough words of their own: "%1 (%2)" would match anything.
            QString literal = source;
            literal.remove(argument);
            if (literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 6)
                continue;
            QString pattern = QRegularExpression::escape(source);
            pattern.replace(QRegularExpression(QStringLiteral("%L?\\d")), QStringLiteral(".+"));
            sources.patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                       QRegularExpression::DotMatchesEverythingOption));
        }
    }
    return sources;
}

void add(QList<Shown> &shown, QObject *owner, const QString &what, const QString &text)
{
    if (!text.trimmed().isEmpty())
        shown.append({owner, what, text});
}

//! Every text the visible widgets under `root` and every action in it show.
QList<Shown> shownTexts(QWidget *root)
{
    QList<Shown> shown;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        add(shown, widget, QStringLiteral("toolTip"), widget->toolTip());
        add(shown, widget, QStringLiteral("accessibleName"), widget->accessibleName());
        add(shown, widget, QStringLiteral("accessibleDescription"), widget->accessibleDescription());
        if (widget->isWindow())
            add(shown, widget, QStringLiteral("windowTitle"), widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(shown, label, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(shown, button, QStringLiteral("text"), button->text());
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            add(shown, line, QStringLiteral("placeholder"), line->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            add(shown, edit, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            add(shown, edit, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(shown, group, QStringLiteral("title"), group->title());
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(shown, tabs, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(shown, combo, QStringLiteral("item %1").arg(i), combo->itemText(i));
        }
        if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int section = 0; section < header->count(); ++section)
                add(shown, header, QStringLiteral("section %1").arg(section),
                    header->model()->headerData(section, header->orientation()).toString());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(view->rootIndex()), 40); ++row) {
                for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                    const QModelIndex index = model->index(row, column, view->rootIndex());
                    add(shown, view, QStringLiteral("row %1 display").arg(row), index.data(Qt::DisplayRole).toString());
                    add(shown, view, QStringLiteral("row %1 toolTip").arg(row), index.data(Qt::ToolTipRole).toString());
                }
            }
        }
        for (QAction *action : widget->actions()) {
            add(shown, action, QStringLiteral("action text"), action->text());
            add(shown, action, QStringLiteral("action toolTip"), action->toolTip());
            if (QMenu *menu = action->menu()) {
                for (QAction *item : menu->actions())
                    add(shown, item, QStringLiteral("menu item"), item->text());
            }
        }
    }
    return shown;
}

} // namespace

// Switching the language in Settings changes the whole window at once: every page's labels, buttons,
// placeholders, tooltips, accessible names, actions and rows, not only the menus and the navigation.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_world;
    TranslatedSources m_sources;

    static QString password() { return QStringLiteral("kongjian-demo"); }

    void putPost(JsonClient &client, const QString &token, const QString &text)
    {
        const TestReply reply = client.put(QStringLiteral("/api/v1/posts/") + kj::newItemId(),
                                           {{QStringLiteral("text"), text},
                                            {QStringLiteral("photoIds"), QJsonArray()},
                                            {QStringLiteral("visibility"), QStringLiteral("friends")}},
                                           token);
        QCOMPARE(reply.status, 201);
    }

    //! Picks `language` in Settings, as a person does, and lets the window's LanguageChange events land.
    static void chooseLanguage(MainWindow &window, const QString &language, const QString &feedName)
    {
        QComboBox *combo = window.everyday()->settingsPage()->languageCombo();
        const int index = combo->findData(language);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        QTRY_COMPARE(window.navigationItem(MainWindow::Page::Feed)->text(), feedName);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    //! Shows every page in turn; the texts shown on the way, by owner and kind (first sight wins).
    static QList<Shown> walk(MainWindow &window)
    {
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QList<Shown> all;
        QSet<QPair<QObject *, QString>> seen;
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QCoreApplication::processEvents();
            for (const Shown &s : shownTexts(&window)) {
                if (!seen.contains({s.owner.data(), s.what})) {
                    seen.insert({s.owner.data(), s.what});
                    all.append(s);
                }
            }
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        m_sources = translatedSources();
        QVERIFY2(m_sources.exact.size() > 300, "the Chinese translation or its .ts was not found");
        QVERIFY(m_sources.matches(QStringLiteral("Settings")));

        m_world = std::make_unique<SessionFixture>(true);
        QVERIFY(m_world->startServer());
        JsonClient &client = m_world->client();
        MediaClient media(m_world->url());
        const QString demo = m_world->signIn(QStringLiteral("demo"), password());
        const QString hong = m_world->signIn(QStringLiteral("xiaohong"), password());
        QVERIFY(!demo.isEmpty() && !hong.isEmpty());
        QVERIFY(!media.newAlbum(demo, QStringLiteral("friends"), QStringLiteral("西湖 West Lake")).isEmpty());
        putPost(client, demo, QStringLiteral("新的一周，加油"));
        putPost(client, hong, QStringLiteral("今天做了红烧肉，第一次就成功了！"));
        QCOMPARE(client.post(QStringLiteral("/api/v1/users/demo/guestbook"),
                             {{QStringLiteral("id"), kj::newItemId()}, {QStringLiteral("text"), QStringLiteral("小明，好久不见！")}},
                             hong)
                     .status,
                 201);
        QCOMPARE(client.post(QStringLiteral("/api/v1/users/demo/visits"), {}, hong).status, 204);

        QVERIFY(m_world->openSession(QStringLiteral("demo"), QStringLiteral("小明 Xiaoming")));
        const kj::Status synced = m_world->syncOnce(QStringLiteral("demo"), 60000);
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
    }

    void cleanupTestCase()
    {
        kj::ui::switchLanguage(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        m_world.reset();
    }

    void everyPageChangesLanguageAtOnce()
    {
        MainWindow window(m_world->session(QStringLiteral("demo")), m_world->settings(QStringLiteral("demo")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Answers from the server land (friends' spaces, the feed's pages).
        QTest::qWait(300);
        // A window that stays open beside the main one: a friend's diary read from the feed.
        kj::ui::FeedPage *feed = window.feedPage();
        int diaryRow = -1;
        for (int row = 0; row < feed->list()->model()->rowCount() && diaryRow < 0; ++row) {
            if (feed->list()->model()->index(row, 0).data(kj::models::FeedModel::KindRole).toString() == u"diary")
                diaryRow = row;
        }
        QVERIFY(diaryRow >= 0);
        QPointer<kj::ui::DiaryViewer> viewer = feed->openRow(diaryRow);
        QVERIFY(viewer && viewer->isVisible());

        const QList<Shown> english = walk(window);
        QList<Shown> translatable;
        for (const Shown &s : english) {
            if (m_sources.matches(s.text))
                translatable.append(s);
        }
        QVERIFY2(translatable.size() > 60, qPrintable(QString::number(translatable.size())));

        chooseLanguage(window, QStringLiteral("zh_CN"), QStringLiteral("好友动态"));
        // The notifications' row keeps its unread count after its name, in the new words.
        QVERIFY(window.navigationItem(MainWindow::Page::Notifications)->text().startsWith(QStringLiteral("通知")));
        // (The walk below reads the diary viewer too: it is a child of the feed page.)
        QVERIFY(viewer && viewer->isVisible());
        QStringList stillEnglish;
        for (const Shown &s : walk(window)) {
            if (m_sources.matches(s.text))
                stillEnglish.append(s.describe());
        }
        // Each on its own line: QtTest cuts long failure messages short.
        for (const QString &line : std::as_const(stillEnglish))
            qWarning().noquote() << "still English:" << line;
        QVERIFY2(stillEnglish.isEmpty(), qPrintable(QStringLiteral("%1 texts kept their English words").arg(stillEnglish.size())));

        // And back: the same texts are English again, word for word.
        chooseLanguage(window, QStringLiteral("en"), QStringLiteral("Friends' feed"));
        const QList<Shown> again = walk(window);
        QHash<QPair<QObject *, QString>, QString> now;
        for (const Shown &s : again)
            now.insert({s.owner.data(), s.what}, s.text);
        QStringList notBack;
        for (const Shown &s : std::as_const(translatable)) {
            const QPair<QObject *, QString> key{s.owner.data(), s.what};
            if (s.owner && now.contains(key) && now.value(key) != s.text)
                notBack.append(s.describe() + QStringLiteral(" is now \"") + now.value(key) + u'"');
        }
        for (const QString &line : std::as_const(notBack))
            qWarning().noquote() << "not English again:" << line;
        QVERIFY2(notBack.isEmpty(), qPrintable(QStringLiteral("%1 texts did not come back to English").arg(notBack.size())));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
