#include "ui/markdownview.h"

#include <QDesktopServices>

namespace kj::ui {

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
}

QVariant MarkdownBrowser::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace kj::ui
