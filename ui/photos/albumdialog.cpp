#include "ui/photos/albumdialog.h"

#include "ui/audiencepicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kj::ui {

AlbumDialog::AlbumDialog(const kj::Album &album, QWidget *parent) : QDialog(parent), m_album(album)
{
    setObjectName(QStringLiteral("albumDialog"));
    setWindowTitle(album.id.isEmpty() ? tr("New album") : tr("Edit album"));

    m_title = new QLineEdit(album.title, this);
    m_title->setObjectName(QStringLiteral("albumTitle"));
    m_title->setAccessibleName(tr("Album title"));
    m_title->setPlaceholderText(tr("e.g. Spring outing"));
    m_title->setMaxLength(kj::Album::kMaxTitleLength);

    m_description = new QPlainTextEdit(album.description, this);
    m_description->setObjectName(QStringLiteral("albumDescription"));
    m_description->setAccessibleName(tr("Album description"));
    m_description->setPlaceholderText(tr("What is it about? (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);

    m_audience = new AudiencePicker(this);
    m_audience->setObjectName(QStringLiteral("albumAudience"));
    m_audience->setAccessibleName(tr("Who can see this album"));
    if (!album.id.isEmpty())
        m_audience->setAudience(album.visibility, album.groups);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("hint"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Who can see it:"), m_audience);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(album.id.isEmpty() ? tr("Create") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &AlbumDialog::updateState);
    connect(m_description, &QPlainTextEdit::textChanged, this, &AlbumDialog::updateState);
    updateState();
    resize(440, sizeHint().height());
}

kj::Album AlbumDialog::album() const
{
    kj::Album album = m_album;
    album.title = m_title->text().trimmed();
    album.description = m_description->toPlainText();
    album.visibility = m_audience->visibility();
    album.groups = m_audience->groups();
    return album;
}

void AlbumDialog::updateState()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("An album needs a title.");
    else if (m_description->toPlainText().size() > kj::Album::kMaxDescriptionLength)
        problem = tr("The description is too long (at most %n characters).", nullptr, kj::Album::kMaxDescriptionLength);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace kj::ui
