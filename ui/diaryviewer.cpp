#include "ui/diaryviewer.h"

#include "ui/audience.h"
#include "ui/everyday/inlineimages.h"
#include "ui/markdownview.h"
#include "ui/personname.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kj::ui {

DiaryViewer::DiaryViewer(const kj::Diary &diary, QWidget *parent)
    : QDialog(parent)
    , m_diary(diary)
    , m_id(diary.id)
    , m_markdown(diary.body)
{
    setObjectName(QStringLiteral("diaryViewer"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageTitle"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);

    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("hint"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);

    m_body = new MarkdownBrowser(this);
    m_body->setObjectName(QStringLiteral("diaryBody"));
    m_body->setMarkdownText(diary.body);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    retranslate();
}

void DiaryViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DiaryViewer::retranslate()
{
    const QString author = personName(m_diary.author);
    const QString title = m_diary.title.isEmpty() ? tr("Untitled") : m_diary.title;
    setWindowTitle(tr("%1 — %2").arg(title, author));
    m_heading->setText(title);
    const QString when = QLocale().toString(m_diary.createdAt.toLocalTime(), QLocale::LongFormat);
    m_meta->setText(tr("%1 (@%2) · %3 · %4").arg(author, m_diary.author.username, when, audienceName(m_diary.visibility)));
    m_body->setAccessibleName(tr("Diary text"));
}

void DiaryViewer::setInlineImages(InlineImages *images)
{
    m_body->setInlineImages(images);
    m_body->setMarkdownText(m_markdown); // read again, now with its pictures
}

} // namespace kj::ui
