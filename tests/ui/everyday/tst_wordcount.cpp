#include "ui/everyday/wordcount.h"

#include <QTest>

class TestWordCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("spaces only") << QStringLiteral("  \n\t ") << 0;
        QTest::newRow("latin") << QStringLiteral("We climbed the hill today.") << 5;
        QTest::newRow("apostrophe and hyphen") << QStringLiteral("Don't over-think it") << 3;
        QTest::newRow("lone punctuation") << QStringLiteral("Yes — no !") << 2;
        QTest::newRow("numbers") << QStringLiteral("3 cats, 12 dogs") << 4;
        QTest::newRow("han") << QStringLiteral("今天去爬山") << 5;
        QTest::newRow("han with punctuation") << QStringLiteral("今天，去爬山。") << 5;
        QTest::newRow("kana") << QStringLiteral("ひらがなカタカナ") << 8;
        QTest::newRow("hangul") << QStringLiteral("안녕 하세요") << 5;
        QTest::newRow("mixed") << QStringLiteral("我和Tom去了Beijing Zoo") << 7; // 我 和 Tom 去 了 Beijing Zoo
        QTest::newRow("han beyond the BMP") << QStringLiteral("𠀀𠀁 ok") << 3;
        QTest::newRow("an inline picture is no word") << (QStringLiteral("a ") + QChar(QChar::ObjectReplacementCharacter) + QStringLiteral(" b")) << 2;
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(kj::ui::countWords(text), words);
    }
};

QTEST_GUILESS_MAIN(TestWordCount)
#include "tst_wordcount.moc"
