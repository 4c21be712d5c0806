#pragma once

#include "models/domain/diary.h"

#include <QDialog>

class QLabel;

namespace kj::ui {

class InlineImages;
class MarkdownBrowser;

//! Reads a diary (a friend's, from the feed) without editing it: title, author, time, audience and the
//! body rendered from Markdown with raw HTML kept as text.
class DiaryViewer : public QDialog
{
    Q_OBJECT

public:
    explicit DiaryViewer(const kj::Diary &diary, QWidget *parent = nullptr);

    [[nodiscard]] QString diaryId() const { return m_id; }
    [[nodiscard]] const MarkdownBrowser *body() const { return m_body; }
    //! Shows the diary's pictures from `images` (without it they are left out).
    void setInlineImages(InlineImages *images);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    kj::Diary m_diary;
    QString m_id;
    QString m_markdown;
    MarkdownBrowser *m_body = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_meta = nullptr;
};

} // namespace kj::ui
