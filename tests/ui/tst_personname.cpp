// Names of people in the UI's sentences are set apart (ui/personname.h), so a right-to-left name, or one of neutral
// characters, cannot reorder the sentence around it; a person without a display name is named by their username.
#include "ui/personname.h"
#include "ui/social/notificationtext.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestPersonName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreIsolated()
    {
        const QString arabic = u"سارة!!"_s; // right to left, ending in neutral characters
        const QString shown = kj::ui::personName(kj::User{u"sara"_s, arabic, {}});
        QCOMPARE(shown, QChar(0x2068) + arabic + QChar(0x2069));
        QCOMPARE(kj::ui::personName(kj::User{u"sara"_s, {}, {}}), QChar(0x2068) + u"sara"_s + QChar(0x2069));
        QCOMPARE(kj::ui::isolated({}), QString(QChar(0x2068)) + QChar(0x2069));
    }

    void sentencesKeepTheirOrder()
    {
        kj::Notification liked;
        liked.type = kj::NotificationType::Like;
        liked.actor = kj::User{u"sara"_s, u"سارة"_s, {}};
        liked.itemKind = kj::ItemKind::Diary;
        const QString sentence = kj::ui::NotificationText::sentence(liked);
        // The name, isolated, then the rest of the sentence as it was.
        QVERIFY2(sentence.startsWith(QChar(0x2068) + u"سارة"_s + QChar(0x2069) + u' '), qPrintable(sentence));
        QVERIFY(sentence.endsWith(u"liked your diary"_s));
    }
};

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
