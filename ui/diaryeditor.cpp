#include "ui/diaryeditor.h"

#include "models/domain/textmerge.h"

#include "app/services/diaryphotoservice.h"
#include "app/services/diaryservice.h"
#include "app/sync/syncengine.h"
#include "ui/audiencepicker.h"
#include "ui/bodyedit.h"
#include "ui/errortext.h"
#include "ui/everyday/inlineimages.h"
#include "ui/everyday/linkdialog.h"
#include "ui/everyday/wordcount.h"
#include "ui/skin.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kj::ui {

namespace {

// The indent Qt's Markdown reader gives a block quote, so a quote made here looks like one read back.
constexpr int kQuoteIndentPx = 40;
constexpr int kHeadingLevel = 2; // what the "Heading" button makes
constexpr int kMaxHeadingLevel = 3;

// The size Qt's Markdown reader gives a heading of `level`, so a heading made here looks like one read back.
int headingSizeAdjustment(int level)
{
    return level > 0 ? 4 - level : 0;
}

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
    m_titleEdit->setMaxLength(kj::Diary::kMaxTitleLength);

    m_body = new BodyEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));

    buildFormatBar();

    m_audience = new AudiencePicker(this);
    m_audience->setObjectName(QStringLiteral("audienceCombo"));

    m_wordCount = new QLabel(this);
    m_wordCount->setObjectName(QStringLiteral("wordCount"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hint"));
    // A long status ("Changed on another device meanwhile…") must not widen the window: it is cut, whole in the tooltip.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_deleteButton = new QPushButton(icon(QStringLiteral("delete")), QString(), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_saveButton = new QPushButton(icon(QStringLiteral("save")), QString(), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setProperty("primary", true);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &DiaryEditor::save);
    connect(m_saveButton, &QPushButton::clicked, this, &DiaryEditor::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &DiaryEditor::confirmAndDelete);

    m_audienceLabel = new QLabel(this);
    m_audienceLabel->setBuddy(m_audience);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_audienceLabel);
    bottom->addWidget(m_audience);
    bottom->addSpacing(12);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_deleteButton);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    top->addWidget(m_titleEdit, 1);
    top->addSpacing(8);
    top->addWidget(m_wordCount);
    layout->addLayout(top);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_body, 1);
    layout->addLayout(bottom);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &DiaryEditor::save);

    connect(m_titleEdit, &QLineEdit::textEdited, this, &DiaryEditor::markModified);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &DiaryEditor::markModified);
    connect(m_audience, &AudiencePicker::audienceChanged, this, &DiaryEditor::markModified);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &DiaryEditor::updateWordCount);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &DiaryEditor::updateFormatActions);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, &DiaryEditor::updateFormatActions);

    setFocusProxy(m_titleEdit);
    updateButtons();
    retranslate();
}

DiaryEditor::~DiaryEditor() = default;

void DiaryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiaryEditor::retranslate()
{
    m_titleEdit->setPlaceholderText(tr("Title"));
    m_titleEdit->setAccessibleName(tr("Diary title"));
    m_body->setPlaceholderText(tr("Write something…"));
    m_body->setAccessibleName(tr("Diary text"));
    m_audienceLabel->setText(tr("Audience:"));
    m_audience->setAccessibleName(tr("Who can see this diary"));
    m_wordCount->setAccessibleName(tr("Word count"));
    m_status->setAccessibleName(tr("Save status"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setAccessibleName(tr("Delete this diary"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setAccessibleName(tr("Save this diary"));
    m_saveButton->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_saveAction->setText(tr("Save"));
    m_formatBar->setWindowTitle(tr("Format"));
    m_formatBar->setAccessibleName(tr("Text format"));
    for (const auto &[action, source] : std::as_const(m_formatSources)) {
        const QString text = tr(source);
        action->setText(text);
        if (!action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
    }
    for (int level = 0; level < m_headingLevels.size(); ++level)
        m_headingLevels.at(level)->setText(level == 0 ? tr("Normal text") : tr("Heading %1").arg(level));
    updateWordCount();
}

void DiaryEditor::buildFormatBar()
{
    m_formatBar = new QToolBar(this);
    m_formatBar->setObjectName(QStringLiteral("formatBar"));
    m_formatBar->setIconSize(QSize(18, 18));

    // Their words (and the shortcut in their tooltips) come with retranslate().
    const auto addToggle = [this](const QString &iconName, const char *text, const QKeySequence &shortcut,
                                  void (DiaryEditor::*slot)(bool)) {
        QAction *action = m_formatBar->addAction(icon(iconName), QString());
        m_formatSources.append({action, text});
        action->setCheckable(true);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            // The shortcut works wherever the editor has focus, not only while the bar is hovered.
            addAction(action);
        }
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_boldAction = addToggle(QStringLiteral("bold"), QT_TR_NOOP("Bold"), QKeySequence::Bold, &DiaryEditor::toggleBold);
    m_italicAction = addToggle(QStringLiteral("italic"), QT_TR_NOOP("Italic"), QKeySequence::Italic, &DiaryEditor::toggleItalic);
    m_formatBar->addSeparator();
    m_headingAction = addToggle(QStringLiteral("heading"), QT_TR_NOOP("Heading"), {}, &DiaryEditor::toggleHeading);
    // Heading levels from the button's menu, and by keyboard (Ctrl+Alt+0..3; Ctrl+1..9 go to the window's pages).
    // No title of its own: setMenu() makes the heading action the menu's action, whose words are its title.
    auto *levels = new QMenu(this);
    auto *levelGroup = new QActionGroup(levels);
    for (int level = 0; level <= kMaxHeadingLevel; ++level) {
        QAction *action = levels->addAction(QString());
        action->setCheckable(true);
        action->setActionGroup(levelGroup);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + level)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, level] { setHeadingLevel(level); });
        m_headingLevels.append(action);
    }
    m_headingAction->setMenu(levels);
    m_listAction = addToggle(QStringLiteral("list"), QT_TR_NOOP("Bulleted list"), {}, &DiaryEditor::toggleList);
    m_numberedAction = addToggle(QStringLiteral("numbered-list"), QT_TR_NOOP("Numbered list"), {}, &DiaryEditor::toggleNumberedList);
    m_quoteAction = addToggle(QStringLiteral("quote"), QT_TR_NOOP("Quote"), {}, &DiaryEditor::toggleQuote);
    m_formatBar->addSeparator();
    m_linkAction = addToggle(QStringLiteral("insert-link"), QT_TR_NOOP("Link"), QKeySequence(Qt::CTRL | Qt::Key_K),
                             nullptr);
    m_linkAction->setCheckable(false);
    connect(m_linkAction, &QAction::triggered, this, &DiaryEditor::askAndInsertLink);
    m_photoAction = addToggle(QStringLiteral("insert-photo"), QT_TR_NOOP("Photo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                              nullptr);
    m_photoAction->setCheckable(false);
    m_photoAction->setEnabled(false);
    connect(m_photoAction, &QAction::triggered, this, &DiaryEditor::askAndInsertPhoto);
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
    m_audience->setAudience(diary.visibility, diary.groups);
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
    m_audience->setAudience(kj::Visibility::Friends);
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
    return m_audience->visibility();
}

kj::Audience DiaryEditor::audience() const
{
    return m_audience->audience();
}

void DiaryEditor::setAudience(const kj::Audience &audience)
{
    m_audience->setAudience(audience);
    markModified();
}

void DiaryEditor::setAutosaveDelay(int ms)
{
    m_autosave.setInterval(ms);
}

int DiaryEditor::wordCount() const
{
    return countWords(m_body->toPlainText());
}

void DiaryEditor::setGroupModel(kj::models::FriendGroupModel *groups)
{
    m_audience->setGroupModel(groups);
}

void DiaryEditor::setInlineImages(InlineImages *images)
{
    m_images = images;
    m_body->setInlineImages(images);
    m_photoAction->setEnabled(images != nullptr);
}

void DiaryEditor::updateWordCount()
{
    const int words = wordCount();
    m_wordCount->setText(tr("%n word(s)", nullptr, words));
}

bool DiaryEditor::insertLink(const QString &text, const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !(scheme == u"http" || scheme == u"https" || scheme == u"mailto"))
        return false;
    QTextCursor cursor = m_body->textCursor();
    const QString words = text.trimmed().isEmpty() ? url.toString() : text;
    QTextCharFormat link = cursor.charFormat();
    link.setAnchor(true);
    link.setAnchorHref(url.toString(QUrl::FullyEncoded));
    link.setFontUnderline(true);
    link.setForeground(palette().link());
    cursor.beginEditBlock();
    cursor.insertText(words, link);
    cursor.endEditBlock();
    // What is typed after the link is plain text again.
    QTextCharFormat plain = link;
    plain.setAnchor(false);
    plain.clearProperty(QTextFormat::AnchorHref);
    plain.setFontUnderline(false);
    plain.clearForeground();
    m_body->setTextCursor(cursor);
    m_body->setCurrentCharFormat(plain);
    m_body->setFocus();
    return true;
}

void DiaryEditor::askAndInsertLink()
{
    LinkDialog dialog(this);
    const QTextCursor cursor = m_body->textCursor();
    dialog.setText(cursor.selectedText());
    if (cursor.charFormat().isAnchor())
        dialog.setUrl(QUrl(cursor.charFormat().anchorHref()));
    if (dialog.exec() == QDialog::Accepted)
        insertLink(dialog.text(), dialog.url());
}

bool DiaryEditor::insertPhoto(const QString &path)
{
    if (!m_images)
        return false;
    const kj::Result<QUrl> url = m_images->photos().queuePhoto(path, tr("Diary photos"), audience());
    if (!url) {
        setStatus(tr("Photo not added: %1").arg(errorText(url.error())), true);
        return false;
    }
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0)
        cursor.insertBlock();
    QTextImageFormat image;
    image.setName(url->toString());
    cursor.insertImage(image);
    cursor.insertBlock();
    cursor.endEditBlock();
    m_body->setTextCursor(cursor);
    m_body->setFocus();
    return true;
}

void DiaryEditor::askAndInsertPhoto()
{
    QStringList patterns;
    for (const char *format : {"*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif"})
        patterns.append(QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Insert photo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        insertPhoto(path);
}

bool DiaryEditor::save()
{
    m_autosave.stop();
    if (!m_modified)
        return true;
    QString body = markdown();
    // Photos that reached the server meanwhile are named by their media from now on.
    if (m_images)
        body = m_images->photos().resolveReferences(body);
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
        ? m_service.create(titleText, bodyText, visibility(), audience().groups)
        : m_service.update(m_id, titleText, bodyText, visibility(), audience().groups);
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
    if (stored.title == m_base.title && stored.body == m_base.body && stored.visibility == m_base.visibility
        && stored.groups == m_base.groups) {
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
    m_status->setToolTip(text);
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
    const int level = std::clamp(block.headingLevel(), 0, kMaxHeadingLevel);
    m_headingLevels.at(level)->setChecked(true);
    const QTextList *list = cursor.currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_listAction->setChecked(list && !numbered);
    m_numberedAction->setChecked(numbered);
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
    setHeadingLevel(on ? kHeadingLevel : 0);
}

void DiaryEditor::setHeadingLevel(int level)
{
    const bool on = level > 0;
    QTextCharFormat chars;
    chars.setProperty(QTextFormat::FontSizeAdjustment, headingSizeAdjustment(level));
    chars.setFontWeight(on ? QFont::Bold : QFont::Normal);
    forEachSelectedBlock(m_body->textCursor(), [&](QTextCursor &cursor) {
        QTextBlockFormat block = cursor.blockFormat();
        block.setHeadingLevel(level);
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
    setListStyle(on, QTextListFormat::ListDisc);
}

void DiaryEditor::toggleNumberedList(bool on)
{
    setListStyle(on, QTextListFormat::ListDecimal);
}

void DiaryEditor::setListStyle(bool on, int style)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    if (on) {
        if (QTextList *list = cursor.currentList()) {
            // Bullets become numbers (or the other way round) for the whole list.
            QTextListFormat format = list->format();
            format.setStyle(QTextListFormat::Style(style));
            list->setFormat(format);
        } else {
            cursor.createList(QTextListFormat::Style(style));
        }
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
