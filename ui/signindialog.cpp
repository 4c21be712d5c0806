#include "ui/signindialog.h"

#include "app/account/profile.h"
#include "app/network/apiclient.h"
#include "app/services/accountservice.h"
#include "models/domain/ids.h"
#include "models/domain/user.h"
#include "ui/errortext.h"
#include "ui/skin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace kj::ui {

SignInDialog::SignInDialog(kj::app::AccountService &accounts, const QUrl &server, const QString &username,
                           QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — Kongjian"));

    auto *logo = new QLabel(this);
    logo->setPixmap(icon(QStringLiteral("kongjian")).pixmap(QSize(48, 48)));
    auto *welcome = new QLabel(tr("Welcome to Kongjian"), this);
    welcome->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitle = new QLabel(tr("Your diaries and your friends' news, also offline."), this);
    subtitle->setObjectName(QStringLiteral("hint"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(welcome);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addSpacing(6);
    header->addLayout(titles, 1);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("modeTabs"));
    m_tabs->setAccessibleName(tr("Sign in or create an account"));
    m_tabs->addTab(tr("Sign in"));
    m_tabs->addTab(tr("Create account"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);

    m_server = new QLineEdit(server.toString(), this);
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(kj::app::Profile::kDefaultServer.toString());
    m_username = new QLineEdit(username, this);
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setMaxLength(32);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(kj::AccountRegistration::kMaxPasswordLength);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameField"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("How your friends see you"));
    m_displayName->setMaxLength(kj::AccountRegistration::kMaxDisplayNameLength);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    m_displayNameLabel = new QLabel(tr("&Display name:"), this);
    m_displayNameLabel->setBuddy(m_displayName);
    form->addRow(m_displayNameLabel, m_displayName);

    m_clearTextWarning = new QLabel(this);
    m_clearTextWarning->setObjectName(QStringLiteral("warning"));
    m_clearTextWarning->setWordWrap(true);
    m_clearTextWarning->setText(tr("This server address starts with http:// and is not this computer, so your password "
                                   "would travel over the network unencrypted and could be read by others. Use an "
                                   "https:// address if the server has one."));
    m_allowClearText = new QCheckBox(tr("Send my password unencrypted anyway"), this);
    m_allowClearText->setObjectName(QStringLiteral("allowClearTextBox"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->setAccessibleName(tr("Waiting for the server"));
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_tabs);
    layout->addLayout(form);
    layout->addWidget(m_clearTextWarning);
    layout->addWidget(m_allowClearText);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) { setMode(index == 1 ? Mode::Register : Mode::SignIn); });
    for (QLineEdit *field : {m_server, m_username, m_password, m_displayName})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_allowClearText, &QCheckBox::toggled, this, &SignInDialog::updateState);

    (username.isEmpty() ? m_username : m_password)->setFocus();
    updateState();
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_tabs->setCurrentIndex(mode == Mode::Register ? 1 : 0);
    m_submit->setText(mode == Mode::Register ? tr("Create account") : tr("Sign in"));
    setWindowTitle(mode == Mode::Register ? tr("Create an account — Kongjian") : tr("Sign in — Kongjian"));
    showError({});
    updateState();
}

QUrl SignInDialog::serverUrl() const
{
    const QString text = m_server->text().trimmed();
    const auto parsed = kj::app::Profile::parseServerUrl(text.isEmpty() ? kj::app::Profile::kDefaultServer.toString() : text);
    return parsed ? *parsed : QUrl();
}

QString SignInDialog::validationError() const
{
    if (!serverUrl().isValid())
        return tr("The server address is not valid. It looks like http://127.0.0.1:8080 or https://example.org.");
    const QString username = m_username->text().trimmed();
    if (username.isEmpty())
        return tr("Please enter your username.");
    if (!kj::isValidUsername(username))
        return tr("A username has 3 to 32 characters: lower-case letters, digits, '_' and '.'.");
    const QString password = m_password->text();
    if (password.isEmpty())
        return tr("Please enter your password.");
    if (m_mode == Mode::Register) {
        if (password.size() < kj::AccountRegistration::kMinPasswordLength)
            return tr("Choose a password of at least %n character(s).", nullptr, kj::AccountRegistration::kMinPasswordLength);
        if (m_displayName->text().trimmed().isEmpty())
            return tr("Please enter a display name: it is how your friends see you.");
    }
    if (kj::app::ApiClient::sendsPasswordsInClear(serverUrl()) && !m_allowClearText->isChecked())
        return tr("Confirm that your password may be sent unencrypted, or use an https:// address.");
    return {};
}

QString SignInDialog::errorShown() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError({});
    setBusy(true);
    QPointer<SignInDialog> self(this);
    const auto done = [self](kj::Status status) {
        if (!self)
            return;
        self->setBusy(false);
        if (!status) {
            self->showError(errorText(status.error()));
            self->m_password->setFocus();
            self->m_password->selectAll();
            return;
        }
        self->accept();
    };
    const QString username = m_username->text().trimmed();
    if (m_mode == Mode::Register)
        m_accounts.registerAccount(serverUrl(), username, m_password->text(), m_displayName->text().trimmed(), done);
    else
        m_accounts.signIn(serverUrl(), username, m_password->text(), done);
}

void SignInDialog::updateState()
{
    const bool registering = m_mode == Mode::Register;
    m_displayName->setVisible(registering);
    m_displayNameLabel->setVisible(registering);
    const bool clearText = kj::app::ApiClient::sendsPasswordsInClear(serverUrl());
    m_clearTextWarning->setVisible(clearText);
    m_allowClearText->setVisible(clearText);
    m_submit->setEnabled(!m_busy);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_server),
                            static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password),
                            static_cast<QWidget *>(m_displayName), static_cast<QWidget *>(m_allowClearText)})
        widget->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        m_submit->setText(m_mode == Mode::Register ? tr("Creating account…") : tr("Signing in…"));
    else
        m_submit->setText(m_mode == Mode::Register ? tr("Create account") : tr("Sign in"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateState();
}

void SignInDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace kj::ui
