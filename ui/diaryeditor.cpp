#include "ui/diaryeditor.h"

#include "models/domain/textmerge.h"

#include "app/services/diaryservice.h"
#include "app/sync/syncengine.h"
#include "ui/bodyedit.h"
#include "ui/errortext.h"
#include "ui/skin.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace kj::ui {

namespace {

// The indent Qt's Markdown reader gives a block quote, so a quote made here looks like one read back.
constexpr int kQuoteIndentPx = 40;
constexpr int kHeadingLevel = 2;
constexpr int kHeadingSizeAdjustment = 2;

// Applies `apply` to every block the cursor's selection touches, as one undo step.
template<typename Fn>
void forEachSelectedBlock(QTextCursor cursor, Fn apply)
{
    const int end = cursor.selectionEnd();
    cursor.setPosition(cursor.selectionStart());
    cursor.beginEditBlock();
    for (;;) {
        apply(cursor);
        if (cursor.block().position() + cursor.block().length() > end || !cursor.movePosition(QTextCursor::NextBlock))
            break;
    }
    cursor.endEditBlock();
}

} // namespace

DiaryEditor::DiaryEditor(kj::app::DiaryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("diaryEditor"));

    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_titleEdit->setPlaceholderText(tr("Title"));
    m_titleEdit->setAccessibleName(tr("Diary title"));
    m_titleEdit->setMaxLength(kj::Diary::kMaxTitleLength);

    m_body = new BodyEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setPlaceholderText(tr("Write something…"));
    m_body->setAccessibleName(tr("Diary text"));

    buildFormatBar();

    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    m_audience->setAccessibleName(tr("Who can see this diary"));
    m_audience->addItem(icon(QStringLiteral("public")), tr("Public"), int(kj::Visibility::Public));
    m_audience->addItem(icon(QStringLiteral("audience-friends")), tr("Friends"), int(kj::Visibility::Friends));
    m_audience->addItem(icon(QStringLiteral("private")), tr("Only me"), int(kj::Visibility::Private));
    m_audience->setItemData(0, tr("Anyone can read it"), Qt::ToolTipRole);
    m_audience->setItemData(1, tr("Only your friends can read it"), Qt::ToolTipRole);
    m_audience->setItemData(2, tr("Nobody but you can read it"), Qt::ToolTipRole);
    m_audience->setCurrentIndex(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setAccessibleName(tr("Save status"));

    m_deleteButton = new QPushButton(icon(QStringLiteral("delete")), tr("Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete this diary"));
    m_saveButton = new QPushButton(icon(QStringLiteral("save")), tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setProperty("primary", true);
    m_saveButton->setAccessibleName(tr("Save this diary"));
    m_saveButton->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &DiaryEditor::save);
    connect(m_saveButton, &QPushButton::clicked, this, &DiaryEditor::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &DiaryEditor::confirmAndDelete);

    auto *audienceLabel = new QLabel(tr("Audience:"), this);
    audienceLabel->setBuddy(m_audience);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(audienceLabel);
    bottom->addWidget(m_audience);
    bottom->addSpacing(12);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_deleteButton);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(m_titleEdit);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_body, 1);
    layout->addLayout(bottom);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &DiaryEditor::save);

    connect(m_titleEdit, &QLineEdit::textEdited, this, &DiaryEditor::markModified);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &DiaryEditor::markModified);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &DiaryEditor::markModified);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &DiaryEditor::updateFormatActions);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, &DiaryEditor::updateFormatActions);

    setFocusProxy(m_titleEdit);
    updateButtons();
}

DiaryEditor::~DiaryEditor() = default;

void DiaryEditor::buildFormatBar()
{
    m_formatBar = new QToolBar(tr("Format"), this);
    m_formatBar->setObjectName(QStringLiteral("formatBar"));
    m_formatBar->setAccessibleName(tr("Text format"));
    m_formatBar->setIconSize(QSize(18, 18));

    const auto addToggle = [this](const QString &iconName, const QString &text, const QKeySequence &shortcut,
                                  void (DiaryEditor::*slot)(bool)) {
        QAction *action = m_formatBar->addAction(icon(iconName), text);
        action->setCheckable(true);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
            // The shortcut works wherever the editor has focus, not only while the bar is hovered.
            addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_boldAction = addToggle(QStringLiteral("bold"), tr("Bold"), QKeySequence::Bold, &DiaryEditor::toggleBold);
    m_italicAction = addToggle(QStringLiteral("italic"), tr("Italic"), QKeySequence::Italic, &DiaryEditor::toggleItalic);
    m_formatBar->addSeparator();
    m_headingAction = addToggle(QStringLiteral("heading"), tr("Heading"), {}, &DiaryEditor::toggleHeading);
    m_listAction = addToggle(QStringLiteral("list"), tr("Bulleted list"), {}, &DiaryEditor::toggleList);
    m_quoteAction = addToggle(QStringLiteral("quote"), tr("Quote"), {}, &DiaryEditor::toggleQuote);
}

void DiaryEditor::openDiary(const kj::Diary &diary)
{
    m_autosave.stop();
    m_loading = true;
    m_id = diary.id;
    m_base = diary;
    m_underneath.reset();
    m_titleEdit->setText(diary.title);
    m_body->setMarkdownText(diary.body);
    m_audience->setCurrentIndex(m_audience->findData(int(diary.visibility)));
    m_loading = false;
    setModified(false);
    setStatus({});
    updateFormatActions();
    updateButtons();
}

void DiaryEditor::startNew()
{
    m_autosave.stop();
    m_loading = true;
    m_id.clear();
    m_base = {};
    m_underneath.reset();
    m_titleEdit->clear();
    m_body->setMarkdownText({});
    m_audience->setCurrentIndex(m_audience->findData(int(kj::Visibility::Friends)));
    m_loading = false;
    setModified(false);
    setStatus({});
    updateFormatActions();
    updateButtons();
}

QString DiaryEditor::title() const
{
    return m_titleEdit->text().trimmed();
}

QString DiaryEditor::markdown() const
{
    return m_body->markdown();
}

kj::Visibility DiaryEditor::visibility() const
{
    return kj::Visibility(m_audience->currentData().toInt());
}

void DiaryEditor::setAutosaveDelay(int ms)
{
    m_autosave.setInterval(ms);
}

bool DiaryEditor::save()
{
    m_autosave.stop();
    if (!m_modified)
        return true;
    QString body = markdown();
    QString titleText = title();
    if (m_underneath) {
        // Another version was stored while I typed (another device, through sync): merge it with mine three
        // ways against what I started from; paragraphs changed on both sides keep both texts, marked.
        body = kj::mergeText(m_base.body, body, m_underneath->body).text;
        titleText = kj::mergeLine(m_base.title, titleText, m_underneath->title).text;
    }
    // A new diary nobody has written anything in is not worth keeping.
    if (m_id.isEmpty() && titleText.isEmpty() && body.trimmed().isEmpty()) {
        setModified(false);
        return true;
    }
    // Empty, never null: a null string would reach the store as SQL NULL.
    if (titleText.isNull())
        titleText = QStringLiteral("");
    const QString bodyText = body.isNull() ? QStringLiteral("") : body;
    m_saving = true;
    const kj::Result<kj::store::LocalDiary> result = m_id.isEmpty()
        ? m_service.create(titleText, bodyText, visibility())
        : m_service.update(m_id, titleText, bodyText, visibility());
    m_saving = false;
    if (!result) {
        setStatus(tr("Not saved: %1").arg(errorText(result.error())), true);
        return false;
    }
    m_id = result->diary.id;
    if (m_underneath) {
        m_underneath.reset();
        openDiary(result->diary); // show the kept texts
    }
    m_base = result->diary;
    setModified(false);
    setStatus(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateButtons();
    Q_EMIT saved(m_id);
    return true;
}

void DiaryEditor::noteStoredVersion(const kj::Diary &stored)
{
    if (m_saving || stored.id != m_id)
        return;
    if (stored.title == m_base.title && stored.body == m_base.body && stored.visibility == m_base.visibility) {
        m_base = stored; // a new revision of what is shown (e.g. the push was acknowledged)
        return;
    }
    if (!m_modified) {
        openDiary(stored);
        setStatus(tr("Updated from the server"));
        return;
    }
    m_underneath = stored;
    setStatus(tr("Changed on another device meanwhile: saving keeps both texts"));
}

void DiaryEditor::confirmAndDelete()
{
    if (m_id.isEmpty())
        return;
    const QString name = title().isEmpty() ? tr("this diary") : tr("“%1”").arg(title());
    QMessageBox box(QMessageBox::Question, tr("Delete diary"),
                    tr("Delete %1? It will also be removed from the server and from your friends' feeds.").arg(name),
                    QMessageBox::NoButton, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        deleteDiary();
}

bool DiaryEditor::deleteDiary()
{
    if (m_id.isEmpty())
        return false;
    const QString id = m_id;
    const kj::Status status = m_service.remove(id);
    if (!status) {
        setStatus(tr("Not deleted: %1").arg(errorText(status.error())), true);
        return false;
    }
    startNew();
    Q_EMIT deleted(id);
    return true;
}

void DiaryEditor::markModified()
{
    if (m_loading)
        return;
    setModified(true);
    m_autosave.start();
}

void DiaryEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    if (modified)
        setStatus(tr("Editing…"));
    updateButtons();
    Q_EMIT modifiedChanged(modified);
}

void DiaryEditor::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setObjectName(isError ? QStringLiteral("error") : QStringLiteral("hint"));
    // The stylesheet picks its colour by object name; make it look again.
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void DiaryEditor::updateButtons()
{
    m_saveButton->setEnabled(m_modified);
    m_deleteButton->setEnabled(!m_id.isEmpty());
}

void DiaryEditor::updateFormatActions()
{
    const QTextCursor cursor = m_body->textCursor();
    const QTextCharFormat format = m_body->currentCharFormat();
    const QTextBlockFormat block = cursor.blockFormat();
    m_boldAction->setChecked(format.fontWeight() >= QFont::Bold);
    m_italicAction->setChecked(format.fontItalic());
    m_headingAction->setChecked(block.headingLevel() > 0);
    m_listAction->setChecked(cursor.currentList() != nullptr);
    m_quoteAction->setChecked(block.intProperty(QTextFormat::BlockQuoteLevel) > 0);
}

void DiaryEditor::toggleBold(bool on)
{
    QTextCharFormat format;
    format.setFontWeight(on ? QFont::Bold : QFont::Normal);
    m_body->mergeCurrentCharFormat(format);
    m_body->setFocus();
}

void DiaryEditor::toggleItalic(bool on)
{
    QTextCharFormat format;
    format.setFontItalic(on);
    m_body->mergeCurrentCharFormat(format);
    m_body->setFocus();
}

void DiaryEditor::toggleHeading(bool on)
{
    QTextCharFormat chars;
    chars.setProperty(QTextFormat::FontSizeAdjustment, on ? kHeadingSizeAdjustment : 0);
    chars.setFontWeight(on ? QFont::Bold : QFont::Normal);
    forEachSelectedBlock(m_body->textCursor(), [&](QTextCursor &cursor) {
        QTextBlockFormat block = cursor.blockFormat();
        block.setHeadingLevel(on ? kHeadingLevel : 0);
        cursor.setBlockFormat(block);
        QTextCursor whole(cursor.block());
        whole.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        whole.mergeCharFormat(chars);
        whole.mergeBlockCharFormat(chars);
    });
    m_body->mergeCurrentCharFormat(chars);
    m_body->setFocus();
    updateFormatActions();
}

void DiaryEditor::toggleList(bool on)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    if (on) {
        cursor.createList(QTextListFormat::ListDisc);
    } else if (QTextList *list = cursor.currentList()) {
        forEachSelectedBlock(cursor, [list](QTextCursor &each) {
            list->remove(each.block());
            QTextBlockFormat block = each.blockFormat();
            block.setIndent(0);
            each.setBlockFormat(block);
        });
    }
    cursor.endEditBlock();
    m_body->setFocus();
    updateFormatActions();
}

void DiaryEditor::toggleQuote(bool on)
{
    forEachSelectedBlock(m_body->textCursor(), [on](QTextCursor &cursor) {
        QTextBlockFormat block = cursor.blockFormat();
        if (on) {
            block.setProperty(QTextFormat::BlockQuoteLevel, 1);
            block.setLeftMargin(kQuoteIndentPx);
            block.setRightMargin(kQuoteIndentPx);
        } else {
            block.clearProperty(QTextFormat::BlockQuoteLevel);
            block.setLeftMargin(0);
            block.setRightMargin(0);
        }
        cursor.setBlockFormat(block);
    });
    m_body->setFocus();
    updateFormatActions();
}

} // namespace kj::ui
