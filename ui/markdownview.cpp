#include "ui/markdownview.h"

#include "ui/everyday/inlineimages.h"

#include <QDesktopServices>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace kj::ui {

void decorateMarkdown(QTextDocument &document, MarkdownLook look)
{
    const bool wasModified = document.isModified();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool quote = format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
        const bool listItem = block.textList() != nullptr;
        const QTextBlock next = block.next();
        const bool nextInSameList = listItem && next.isValid() && next.textList() == block.textList();
        format.setBottomMargin(nextInSameList ? 2 : 8);
        format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        QTextCursor each(block);
        each.setBlockFormat(format);
        if (look == MarkdownLook::Preview && format.headingLevel() > 0) {
            each.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat plain;
            plain.setProperty(QTextFormat::FontSizeAdjustment, 0);
            plain.setFontWeight(QFont::Bold);
            each.mergeCharFormat(plain);
            each.clearSelection();
        }
        if (quote) {
            each.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat muted;
            muted.setForeground(QColor(0x7a, 0x6a, 0x5e));
            each.mergeCharFormat(muted);
        }
    }
    cursor.endEditBlock();
    document.setModified(wasModified);
}

QVariant InertTextDocument::loadResource(int, const QUrl &)
{
    return {};
}

MarkdownBrowser::MarkdownBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
}

void MarkdownBrowser::setMarkdownText(const QString &markdown)
{
    document()->setMarkdown(markdown, kSafeMarkdown);
    decorateMarkdown(*document());
}

void MarkdownBrowser::setInlineImages(InlineImages *images)
{
    m_images = images;
    if (images)
        followInlineImages(*images, *this);
}

QVariant MarkdownBrowser::loadResource(int type, const QUrl &name)
{
    if (m_images && type == QTextDocument::ImageResource && InlineImages::handles(name)) {
        const QImage image = m_images->image(name);
        if (!image.isNull())
            return image;
    }
    return {};
}

} // namespace kj::ui
