#include "app/services/diaryservice.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "app/sync/syncengine.h"
#include "ui/bodyedit.h"
#include "ui/diaryeditor.h"

#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include "models/domain/textmerge.h"

#include <QTest>
#include <QTextCursor>
#include "ui/translations.h"
#include <QTimer>
#include <QToolBar>

using kj::ui::DiaryEditor;

class TestDiaryEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kj::store::ClientStore> m_store;
    std::unique_ptr<kj::app::DiaryService> m_service;
    std::unique_ptr<DiaryEditor> m_editor;

    QLineEdit *titleEdit() const { return m_editor->findChild<QLineEdit *>(QStringLiteral("titleEdit")); }
    kj::ui::BodyEdit *body() const { return m_editor->findChild<kj::ui::BodyEdit *>(QStringLiteral("bodyEdit")); }
    QAction *formatAction(const QString &text) const
    {
        const auto *bar = m_editor->findChild<QToolBar *>(QStringLiteral("formatBar"));
        for (QAction *action : bar->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    QList<kj::store::LocalDiary> myDiaries() const { return m_store->diaries().listByAuthor(QStringLiteral("me")); }

private Q_SLOTS:
    void initTestCase()
    {
        // The words the tests compare are the English ones, plural forms included.
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        auto store = kj::store::ClientStore::openInMemory(kj::User{QStringLiteral("me"), QStringLiteral("Me"), {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
        m_service = std::make_unique<kj::app::DiaryService>(*m_store, nullptr);
        m_editor = std::make_unique<DiaryEditor>(*m_service);
        m_editor->setAutosaveDelay(60 * 60 * 1000); // only where a test asks for it
        m_editor->resize(700, 500);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        m_editor->startNew();
    }

    void cleanup()
    {
        m_editor.reset();
        m_service.reset();
        m_store.reset();
    }

    void typeAndSaveWithCtrlS()
    {
        QTest::keyClicks(titleEdit(), QStringLiteral("A day at the lake"));
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("We swam."));
        QVERIFY(m_editor->isModified());
        QSignalSpy saved(m_editor.get(), &DiaryEditor::saved);

        QTest::keyClick(body(), Qt::Key_S, Qt::ControlModifier);

        QCOMPARE(saved.count(), 1);
        QVERIFY(!m_editor->isModified());
        const auto diaries = myDiaries();
        QCOMPARE(diaries.size(), 1);
        QCOMPARE(diaries.first().diary.title, QStringLiteral("A day at the lake"));
        QCOMPARE(diaries.first().diary.body, QStringLiteral("We swam."));
        QCOMPARE(diaries.first().diary.visibility, kj::Visibility::Friends);
        QVERIFY(diaries.first().pending);
        QCOMPARE(m_editor->diaryId(), diaries.first().diary.id);
        QVERIFY(m_store->outbox().hasPending(QStringLiteral("diary"), m_editor->diaryId()));

        // A second save edits the same diary.
        auto *audience = m_editor->findChild<QComboBox *>(QStringLiteral("audienceCombo"));
        audience->setCurrentIndex(audience->findData(int(kj::Visibility::Private)));
        QVERIFY(m_editor->save());
        QCOMPARE(myDiaries().size(), 1);
        QCOMPARE(myDiaries().first().diary.visibility, kj::Visibility::Private);
        QCOMPARE(m_store->outbox().pendingCount(), 1);
    }

    void formattingBecomesMarkdown()
    {
        QTest::keyClicks(titleEdit(), QStringLiteral("Formats"));
        body()->setFocus();
        QTest::keyClicks(body(), QStringLiteral("plain "));
        QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(body(), QStringLiteral("bold"));
        QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(body(), QStringLiteral(" and "));
        QTest::keyClick(body(), Qt::Key_I, Qt::ControlModifier);
        QTest::keyClicks(body(), QStringLiteral("italic"));
        QTest::keyClick(body(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(m_editor->markdown(), QStringLiteral("plain **bold** and *italic*"));

        QTest::keyClick(body(), Qt::Key_Return);
        QTest::keyClicks(body(), QStringLiteral("Title line"));
        formatAction(QStringLiteral("Heading"))->trigger();
        QVERIFY(formatAction(QStringLiteral("Heading"))->isChecked());
        QTest::keyClick(body(), Qt::Key_Return);
        // A new paragraph after a heading is plain text again.
        QVERIFY(!formatAction(QStringLiteral("Heading"))->isChecked());
        QTest::keyClicks(body(), QStringLiteral("item"));
        formatAction(QStringLiteral("Bulleted list"))->trigger();
        QVERIFY(formatAction(QStringLiteral("Bulleted list"))->isChecked());
        QTest::keyClick(body(), Qt::Key_Return);
        formatAction(QStringLiteral("Bulleted list"))->trigger();
        QVERIFY(!formatAction(QStringLiteral("Bulleted list"))->isChecked());
        QTest::keyClicks(body(), QStringLiteral("wise words"));
        formatAction(QStringLiteral("Quote"))->trigger();
        QVERIFY(formatAction(QStringLiteral("Quote"))->isChecked());

        QCOMPARE(m_editor->markdown(),
                 QStringLiteral("plain **bold** and *italic*\n\n## Title line\n\n- item\n\n> wise words"));
        QVERIFY(m_editor->save());
        QCOMPARE(myDiaries().first().diary.body, m_editor->markdown());
    }

    void openingShowsMarkdownAndKeepsHtmlAsText()
    {
        kj::Result<kj::store::LocalDiary> saved = m_service->create(
            QStringLiteral("Old"), QStringLiteral("Some **strong** text and <b>raw html</b>"), kj::Visibility::Public);
        QVERIFY(saved.ok());
        m_editor->openDiary(saved->diary);
        QCOMPARE(titleEdit()->text(), QStringLiteral("Old"));
        QCOMPARE(body()->toPlainText(), QStringLiteral("Some strong text and <b>raw html</b>"));
        QVERIFY(!m_editor->isModified());
        QCOMPARE(m_editor->visibility(), kj::Visibility::Public);
        // Loading is not an edit: no save is due.
        QVERIFY(!m_editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }

    void autosavesAfterAPause()
    {
        m_editor->setAutosaveDelay(50);
        QTest::keyClicks(titleEdit(), QStringLiteral("Unsaved thoughts"));
        QTRY_COMPARE(myDiaries().size(), 1);
        QCOMPARE(myDiaries().first().diary.title, QStringLiteral("Unsaved thoughts"));
        QVERIFY(!m_editor->isModified());
    }

    void anEmptyNewDiaryIsNotStored()
    {
        titleEdit()->setFocus();
        QTest::keyClicks(titleEdit(), QStringLiteral("x"));
        QTest::keyClick(titleEdit(), Qt::Key_Backspace);
        QVERIFY(m_editor->save());
        QVERIFY(myDiaries().isEmpty());
        QVERIFY(m_editor->diaryId().isEmpty());
    }

    void deleteAsksFirst()
    {
        QTest::keyClicks(titleEdit(), QStringLiteral("Regrettable"));
        QVERIFY(m_editor->save());
        const QString id = m_editor->diaryId();

        // Cancel keeps it.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("Regrettable")));
            box->button(QMessageBox::Cancel)->click();
        });
        m_editor->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QVERIFY(m_store->diaries().find(id).has_value());

        QSignalSpy deleted(m_editor.get(), &DiaryEditor::deleted);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        m_editor->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QCOMPARE(deleted.count(), 1);
        QVERIFY(!m_store->diaries().find(id).has_value());
        QVERIFY(m_editor->diaryId().isEmpty());
        QVERIFY(titleEdit()->text().isEmpty());
    }

    void aChangeUnderneathIsShownOrKept()
    {
        kj::Result<kj::store::LocalDiary> saved =
            m_service->create(QStringLiteral("Trip"), QStringLiteral("mine"), kj::Visibility::Friends);
        QVERIFY(saved.ok());
        m_editor->openDiary(saved->diary);

        // Nothing typed: the editor shows what arrived.
        kj::Diary arrived = saved->diary;
        arrived.body = QStringLiteral("mine, merged");
        m_editor->noteStoredVersion(arrived);
        QCOMPARE(m_editor->markdown(), QStringLiteral("mine, merged"));
        QVERIFY(!m_editor->isModified());

        // Typing meanwhile in the same paragraph: saving keeps both texts, marked.
        body()->setFocus();
        body()->moveCursor(QTextCursor::End);
        QTest::keyClicks(body(), QStringLiteral(" and more"));
        kj::Diary theirs = saved->diary;
        theirs.body = QStringLiteral("theirs");
        m_editor->noteStoredVersion(theirs);
        QCOMPARE(m_editor->markdown(), QStringLiteral("mine, merged and more")); // my typing is untouched
        QVERIFY(m_editor->save());
        const QString kept = m_store->diaries().find(saved->diary.id)->diary.body;
        QVERIFY2(kept.contains(QStringLiteral("mine, merged and more")) && kept.contains(QStringLiteral("theirs"))
                     && kept.contains(kj::MergeMarkers::bothBegin),
                 qPrintable(kept));
        QCOMPARE(m_editor->markdown().contains(QStringLiteral("theirs")), true);

        // Its own save echoing back is not a change underneath.
        QTest::keyClicks(body(), QStringLiteral("!"));
        QVERIFY(m_editor->save());
        QCOMPARE(m_store->diaries().find(saved->diary.id)->diary.body.count(QStringLiteral("theirs")), 1);
    }

    void aChangeUnderneathInAnotherParagraphMergesSilently()
    {
        kj::Result<kj::store::LocalDiary> saved = m_service->create(
            QStringLiteral("Trip"), QStringLiteral("第一段\n\n第二段"), kj::Visibility::Friends);
        QVERIFY(saved.ok());
        m_editor->openDiary(saved->diary);
        body()->setFocus();
        body()->moveCursor(QTextCursor::Start);
        body()->moveCursor(QTextCursor::EndOfBlock);
        QTest::keyClicks(body(), QStringLiteral(", sunny"));
        kj::Diary theirs = saved->diary;
        theirs.body = QStringLiteral("第一段\n\n第二段，去了西湖");
        theirs.title = QStringLiteral("Trip to Hangzhou");
        m_editor->noteStoredVersion(theirs);
        QVERIFY(m_editor->save());
        const kj::Diary stored = m_store->diaries().find(saved->diary.id)->diary;
        QCOMPARE(stored.body, QStringLiteral("第一段, sunny\n\n第二段，去了西湖"));
        QCOMPARE(stored.title, QStringLiteral("Trip to Hangzhou"));
        QVERIFY(!stored.body.contains(kj::MergeMarkers::bothBegin));
    }

    void pastingHtmlBringsTextOnly()
    {
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<p><img src=\"file:///etc/passwd\"><b>pasted</b></p>"));
        mime->setText(QStringLiteral("pasted"));
        QApplication::clipboard()->setMimeData(mime);
        body()->setFocus();
        body()->paste();
        QCOMPARE(m_editor->markdown(), QStringLiteral("pasted"));
    }
};

QTEST_MAIN(TestDiaryEditor)
#include "tst_diaryeditor.moc"
