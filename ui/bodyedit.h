#pragma once

#include <QTextEdit>

namespace kj::ui {

class InlineImages;

//! The text area of the diary editor: formatted text that is stored as Markdown. Pasting brings in text
//! (or Markdown), never foreign HTML with its images and fonts, and the document loads no resources.
class BodyEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEdit(QWidget *parent = nullptr);

    //! The content as Markdown (GitHub dialect).
    [[nodiscard]] QString markdown() const;
    //! Replaces the content; raw HTML in `markdown` stays text.
    void setMarkdownText(const QString &markdown);

    //! Shows the diary's own pictures (kongjian-media: and kongjian-upload: URLs) from `images`; nothing
    //! else is ever loaded. Without it no picture is shown.
    void setInlineImages(InlineImages *images);

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    InlineImages *m_images = nullptr;
};

} // namespace kj::ui
