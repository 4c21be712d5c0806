#pragma once

#include <QTextBrowser>
#include <QTextDocument>

namespace kj::ui {

class InlineImages;

//! How Markdown written by anyone is read into a document: GitHub dialect with raw HTML left as text,
//! so nothing someone else wrote is ever interpreted as markup.
inline constexpr QTextDocument::MarkdownFeatures kSafeMarkdown{QTextDocument::MarkdownDialectGitHub
                                                               | QTextDocument::MarkdownNoHTML};

//! How much room a rendered diary gets: all of it, or a card's preview where headings stay body-sized
//! (bold) so they do not outshout the card's title.
enum class MarkdownLook { Full, Preview };

//! Gives a document read from Markdown some air and a look for quotes: space after paragraphs, quotes
//! in a muted colour. Only looks: nothing that toMarkdown() would write.
void decorateMarkdown(QTextDocument &document, MarkdownLook look = MarkdownLook::Full);

//! A text document that never loads a resource (an image in someone's Markdown must not read local files).
class InertTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

//! A read-only view of a diary's Markdown: rendered safely, loads nothing but the diary's own pictures, opens only http(s) links, in
//! the system's browser.
class MarkdownBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownBrowser(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    //! Shows the diary's own pictures (kongjian-media: URLs) from `images`; nothing else is ever loaded.
    void setInlineImages(InlineImages *images);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    InlineImages *m_images = nullptr;
};

} // namespace kj::ui
