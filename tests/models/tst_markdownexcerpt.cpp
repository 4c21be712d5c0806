#include "models/markdownexcerpt.h"

#include <QTest>

using kj::models::markdownExcerpt;
using kj::models::markdownLead;

class TestMarkdownExcerpt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excerpt_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Just words.") << 160 << QStringLiteral("Just words.");
        QTest::newRow("heading and emphasis") << QStringLiteral("## Day one\n\nIt was *very* **hot**.") << 160
                                              << QStringLiteral("Day one It was very hot.");
        QTest::newRow("lists and quotes") << QStringLiteral("> quoted\n> > deeper\n- one\n* two\n1. three\n- [x] done") << 160
                                          << QStringLiteral("quoted deeper one two three done");
        QTest::newRow("links and images") << QStringLiteral("See [the lake](https://example.org) ![a photo](x.png) <https://a.b>")
                                          << 160 << QStringLiteral("See the lake a photo https://a.b");
        QTest::newRow("rules and fences dropped") << QStringLiteral("---\n```\ncode\n```\n***") << 160 << QStringLiteral("code");
        QTest::newRow("html stays text") << QStringLiteral("<b>not bold</b>") << 160 << QStringLiteral("<b>not bold</b>");
        QTest::newRow("cut at a word") << QStringLiteral("one two three four five six") << 14 << QStringLiteral("one two three…");
        QTest::newRow("cjk cut anywhere") << QStringLiteral("今天天气很好我们去公园散步") << 6 << QStringLiteral("今天天气很好…");
        QTest::newRow("empty") << QString() << 160 << QString();
    }

    void excerpt()
    {
        QFETCH(QString, markdown);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        QCOMPARE(markdownExcerpt(markdown, maxChars), expected);
    }

    void excerptNeverSplitsASurrogatePair()
    {
        const QString text = QStringLiteral("ab") + QString::fromUcs4(U"😀😀😀");
        const QString cut = markdownExcerpt(text, 3);
        QCOMPARE(cut, QStringLiteral("ab…"));
    }

    void leadKeepsWholeLines()
    {
        const QString body = QStringLiteral("# Title\n\nFirst paragraph.\n\n- a\n- b\n- c\n- d\n- e\n- f");
        const QString lead = markdownLead(body, 400, 4);
        QCOMPARE(lead, QStringLiteral("# Title\n\nFirst paragraph.\n\n- a\n- b…"));
        QCOMPARE(markdownLead(QStringLiteral("short"), 400, 6), QStringLiteral("short"));
    }

    void leadCutsOneLongParagraph()
    {
        const QString body = QString(50, QLatin1Char('x')) + QLatin1Char(' ') + QString(50, QLatin1Char('y'));
        const QString lead = markdownLead(body, 60, 6);
        QCOMPARE(lead, QString(50, QLatin1Char('x')) + QChar(0x2026));
    }

    void leadClosesAnOpenFence()
    {
        const QString body = QStringLiteral("```\nline 1\nline 2\nline 3\n```");
        const QString lead = markdownLead(body, 400, 2);
        QVERIFY2(lead.startsWith(QStringLiteral("```\nline 1\n```")), qPrintable(lead));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExcerpt)
#include "tst_markdownexcerpt.moc"
