#include "ui/feed/repostdialog.h"

#include "models/domain/repost.h"
#include "ui/audiencepicker.h"
#include "ui/skin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kj::ui {

RepostDialog::RepostDialog(const QString &author, const QString &excerpt, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("repostDialog"));
    setWindowTitle(tr("Repost"));
    setWindowIcon(icon(QStringLiteral("repost")));

    auto *original = new QLabel(this);
    original->setObjectName(QStringLiteral("hint"));
    original->setWordWrap(true);
    original->setTextFormat(Qt::PlainText);
    QString shown = excerpt.simplified();
    if (shown.size() > 140)
        shown = shown.left(139) + QChar(0x2026);
    original->setText(QStringLiteral("@%1: %2").arg(author, shown));

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("repostComment"));
    m_comment->setPlaceholderText(tr("Say something about it (optional)"));
    m_comment->setAccessibleName(tr("Your words with the repost"));
    m_comment->setMaxLength(kj::Repost::kMaxCommentLength);

    m_audience = new AudiencePicker(this);
    m_audience->setObjectName(QStringLiteral("repostAudience"));
    m_audience->setAccessibleName(tr("Who can see the repost (never more people than can see the original)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Repost"));
    buttons->button(QDialogButtonBox::Ok)->setIcon(icon(QStringLiteral("repost")));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(tr("&Audience:"), m_audience);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(original);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString RepostDialog::comment() const
{
    return m_comment->text().trimmed();
}

kj::Audience RepostDialog::audience() const
{
    return m_audience->audience();
}

} // namespace kj::ui
