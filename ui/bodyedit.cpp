#include "ui/bodyedit.h"

#include "ui/everyday/inlineimages.h"
#include "ui/markdownview.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace kj::ui {

namespace {
const QString kMarkdownMime = QStringLiteral("text/markdown");
}

BodyEdit::BodyEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
    setTabChangesFocus(true);
}

QString BodyEdit::markdown() const
{
    QString text = document()->toMarkdown(QTextDocument::MarkdownDialectGitHub);
    // toMarkdown() ends every block with a newline; a diary does not need the trailing ones.
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

void BodyEdit::setMarkdownText(const QString &markdown)
{
    document()->setMarkdown(markdown, kSafeMarkdown);
    decorateMarkdown(*document());
    document()->clearUndoRedoStacks();
    document()->setModified(false);
}

void BodyEdit::setInlineImages(InlineImages *images)
{
    m_images = images;
    if (images)
        followInlineImages(*images, *this);
}

QVariant BodyEdit::loadResource(int type, const QUrl &name)
{
    if (m_images && type == QTextDocument::ImageResource && InlineImages::handles(name)) {
        const QImage image = m_images->image(name);
        if (!image.isNull())
            return image;
    }
    return {};
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText() || source->hasFormat(kMarkdownMime);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    QTextCursor cursor = textCursor();
    if (source->hasFormat(kMarkdownMime)) {
        cursor.insertFragment(QTextDocumentFragment::fromMarkdown(QString::fromUtf8(source->data(kMarkdownMime)),
                                                                  kSafeMarkdown));
    } else if (source->hasText()) {
        cursor.insertText(source->text());
    }
    setTextCursor(cursor);
}

} // namespace kj::ui
