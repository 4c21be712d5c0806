#include "ui/diaryviewer.h"

#include "ui/audience.h"
#include "ui/everyday/inlineimages.h"
#include "ui/markdownview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kj::ui {

DiaryViewer::DiaryViewer(const kj::Diary &diary, QWidget *parent)
    : QDialog(parent)
    , m_id(diary.id)
    , m_markdown(diary.body)
{
    setObjectName(QStringLiteral("diaryViewer"));
    const QString author = diary.author.displayName.isEmpty() ? diary.author.username : diary.author.displayName;
    const QString title = diary.title.isEmpty() ? tr("Untitled") : diary.title;
    setWindowTitle(tr("%1 — %2").arg(title, author));

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    const QString when = QLocale().toString(diary.createdAt.toLocalTime(), QLocale::LongFormat);
    auto *meta = new QLabel(tr("%1 (@%2) · %3 · %4").arg(author, diary.author.username, when, audienceName(diary.visibility)), this);
    meta->setObjectName(QStringLiteral("hint"));
    meta->setTextFormat(Qt::PlainText);
    meta->setWordWrap(true);

    m_body = new MarkdownBrowser(this);
    m_body->setObjectName(QStringLiteral("diaryBody"));
    m_body->setAccessibleName(tr("Diary text"));
    m_body->setMarkdownText(diary.body);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->addWidget(heading);
    layout->addWidget(meta);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void DiaryViewer::setInlineImages(InlineImages *images)
{
    m_body->setInlineImages(images);
    m_body->setMarkdownText(m_markdown); // read again, now with its pictures
}

} // namespace kj::ui
