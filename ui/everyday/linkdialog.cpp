#include "ui/everyday/linkdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kj::ui {

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Insert link"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("linkText"));
    m_text->setAccessibleName(tr("Link text"));
    m_text->setPlaceholderText(tr("What the reader sees"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("linkUrl"));
    m_url->setAccessibleName(tr("Link address"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::updateOk);
    connect(m_text, &QLineEdit::textChanged, this, &LinkDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Address:"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateOk();
}

void LinkDialog::setText(const QString &text)
{
    m_text->setText(text);
}

void LinkDialog::setUrl(const QUrl &url)
{
    m_url->setText(url.toString());
}

QString LinkDialog::text() const
{
    const QString text = m_text->text().trimmed();
    return text.isEmpty() ? m_url->text().trimmed() : text;
}

QUrl LinkDialog::url() const
{
    return parseAddress(m_url->text());
}

QUrl LinkDialog::parseAddress(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return {};
    QUrl url(trimmed, QUrl::StrictMode);
    if (url.scheme().isEmpty())
        url = QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool web = (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
    const bool mail = scheme == u"mailto" && url.path().contains(u'@');
    return url.isValid() && (web || mail) ? url : QUrl();
}

void LinkDialog::updateOk()
{
    const bool typed = !m_url->text().trimmed().isEmpty();
    const bool valid = url().isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_hint->setText(typed && !valid ? tr("This is not a web address (like https://example.com) or an e-mail address.")
                                    : QString());
}

} // namespace kj::ui
