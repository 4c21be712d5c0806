#include "ui/everyday/settingspage.h"

#include "app/clientsession.h"
#include "app/services/rejectedchangeservice.h"
#include "models/everyday/rejectedchangemodel.h"
#include "ui/errortext.h"
#include "ui/personname.h"
#include "ui/preferences.h"
#include "ui/skin.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kj::ui {

namespace {
QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}
} // namespace

QStringList SettingsPage::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

SettingsPage::SettingsPage(kj::app::ClientSession &session, Preferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_preferences(preferences)
    , m_rejected(std::make_unique<kj::models::RejectedChangeModel>(session.store()))
    , m_rejectedService(std::make_unique<kj::app::RejectedChangeService>(session.store()))
{
    setObjectName(QStringLiteral("settingsPage"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("settingsContent"));
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));

    // Language
    m_languageTitle = sectionTitle(content);
    m_language = new QComboBox(content);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : languages())
        m_language->addItem(QString(), code);
    m_languageLabel = new QLabel(content);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = hint(content);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);

    // Playback and notifications
    m_playbackTitle = sectionTitle(content);
    m_autoplay = new QCheckBox(content);
    m_autoplay->setObjectName(QStringLiteral("autoplayBox"));
    m_tray = new QCheckBox(content);
    m_tray->setObjectName(QStringLiteral("trayBox"));

    // Account
    m_accountTitle = sectionTitle(content);
    m_account = new QLabel(content);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account->setWordWrap(true);
    m_signOut = new QPushButton(icon(QStringLiteral("sign-out")), QString(), content);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    connect(m_signOut, &QPushButton::clicked, this, &SettingsPage::signOutRequested);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_signOut);

    // Refused changes
    m_rejectedSection = new QWidget(content);
    m_rejectedTitle = sectionTitle(m_rejectedSection);
    m_rejectedHint = hint(m_rejectedSection);
    m_rejectedList = new QListView(m_rejectedSection);
    m_rejectedList->setObjectName(QStringLiteral("rejectedList"));
    m_rejectedList->setModel(m_rejected.get());
    m_rejectedList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rejectedList->setWordWrap(true);
    m_rejectedList->setMinimumHeight(140);
    m_rejectedDetail = hint(m_rejectedSection);
    m_rejectedDetail->setObjectName(QStringLiteral("rejectedDetail"));
    m_rejectedDetail->setTextFormat(Qt::PlainText);
    m_rejectedDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss = new QPushButton(m_rejectedSection);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismissAll = new QPushButton(m_rejectedSection);
    m_dismissAll->setObjectName(QStringLiteral("dismissAllButton"));
    connect(m_dismiss, &QPushButton::clicked, this, &SettingsPage::dismissSelected);
    connect(m_dismissAll, &QPushButton::clicked, this, &SettingsPage::dismissAll);
    auto *rejectedButtons = new QHBoxLayout;
    rejectedButtons->addStretch(1);
    rejectedButtons->addWidget(m_dismiss);
    rejectedButtons->addWidget(m_dismissAll);
    auto *rejectedLayout = new QVBoxLayout(m_rejectedSection);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addWidget(m_rejectedTitle);
    rejectedLayout->addWidget(m_rejectedHint);
    rejectedLayout->addWidget(m_rejectedList);
    rejectedLayout->addWidget(m_rejectedDetail);
    rejectedLayout->addLayout(rejectedButtons);

    m_status = hint(content);
    m_status->setObjectName(QStringLiteral("settingsStatus"));

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 12, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_languageTitle);
    layout->addLayout(languageRow);
    layout->addWidget(m_languageNote);
    layout->addSpacing(10);
    layout->addWidget(m_playbackTitle);
    layout->addWidget(m_autoplay);
    layout->addWidget(m_tray);
    layout->addSpacing(10);
    layout->addWidget(m_accountTitle);
    layout->addLayout(accountRow);
    layout->addSpacing(10);
    layout->addWidget(m_rejectedSection);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    // The stored choices, then follow the user's.
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language())));
    m_autoplay->setChecked(preferences.autoplayMusic());
    m_tray->setChecked(preferences.trayNotifications());
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::applyLanguage);
    connect(m_autoplay, &QCheckBox::toggled, &preferences, &Preferences::setAutoplayMusic);
    connect(m_tray, &QCheckBox::toggled, &preferences, &Preferences::setTrayNotifications);

    connect(m_rejectedList->selectionModel(), &QItemSelectionModel::currentChanged, this, &SettingsPage::updateRejected);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_rejected.get(), signal, this, &SettingsPage::updateRejected);
    connect(m_rejected.get(), &QAbstractItemModel::modelReset, this, &SettingsPage::updateRejected);
    connect(m_rejected.get(), &QAbstractItemModel::dataChanged, this, &SettingsPage::updateRejected);

    retranslate();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_languageTitle->setText(tr("Language"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_language->setAccessibleName(tr("Interface language"));
    // Each language is named in itself, so it can be found whatever the current one.
    const QString system = QLocale::system().nativeLanguageName();
    m_language->setItemText(0, system.isEmpty() ? tr("System default") : tr("System (%1)").arg(system));
    m_language->setItemText(1, QStringLiteral("English"));
    m_language->setItemText(2, QStringLiteral("简体中文"));
    m_languageNote->setText(tr("Every page and open window changes at once; dates and numbers follow the language too."));
    m_playbackTitle->setText(tr("Playback and notifications"));
    m_autoplay->setText(tr("Play a space's background music when I open it"));
    m_autoplay->setAccessibleName(tr("Autoplay background music"));
    m_tray->setText(tr("Show new comments, likes and guestbook messages from the tray"));
    m_tray->setAccessibleName(tr("Tray notifications"));
    m_accountTitle->setText(tr("Account"));
    const kj::app::Account &account = m_session.account();
    m_account->setText(tr("Signed in as %1 (@%2) on %3")
                           .arg(personName(account.user), account.user.username, account.server.toDisplayString()));
    m_account->setAccessibleName(tr("Account and server"));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setAccessibleName(tr("Sign out of this account"));
    m_rejectedTitle->setText(tr("Refused changes"));
    m_rejectedHint->setText(tr("Changes the server refused for good (for example a comment on something deleted "
                               "meanwhile). Their words are kept here until you dismiss them: copy what you need first."));
    m_rejectedList->setAccessibleName(tr("Refused changes"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the selected refused change"));
    m_dismissAll->setText(tr("Dismiss all"));
    m_dismissAll->setAccessibleName(tr("Dismiss every refused change"));
    updateRejected();
}

void SettingsPage::applyLanguage()
{
    const QString language = m_language->currentData().toString();
    m_preferences.setLanguage(language);
    switchLanguage(*QCoreApplication::instance(), localeForLanguage(language));
}

void SettingsPage::updateRejected()
{
    const int count = m_rejected->rowCount();
    const QModelIndex current = m_rejectedList->currentIndex();
    m_dismiss->setEnabled(current.isValid());
    m_dismissAll->setEnabled(count > 0);
    m_rejectedList->setVisible(count > 0);
    if (count == 0) {
        m_rejectedDetail->setText(tr("Nothing was refused: every change you made reached the server or is on its way."));
        return;
    }
    if (!current.isValid()) {
        m_rejectedDetail->setText(tr("%n change(s) refused. Pick one to see why and what it said.", nullptr, count));
        return;
    }
    QString detail = tr("Why: %1").arg(current.data(kj::models::RejectedChangeModel::WhyRole).toString());
    const QDateTime when = current.data(kj::models::RejectedChangeModel::RejectedAtRole).toDateTime();
    if (when.isValid())
        detail += u'\n' + tr("Refused: %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
    if (const QString text = current.data(kj::models::RejectedChangeModel::TextRole).toString(); !text.isEmpty())
        detail += u'\n' + tr("It said: %1").arg(text);
    m_rejectedDetail->setText(detail);
}

void SettingsPage::showRejectedChanges()
{
    m_scroll->ensureWidgetVisible(m_rejectedSection, 0, 0);
    m_rejectedList->setFocus();
    if (!m_rejectedList->currentIndex().isValid() && m_rejected->rowCount() > 0)
        m_rejectedList->setCurrentIndex(m_rejected->index(0));
}

void SettingsPage::dismissSelected()
{
    const QModelIndex current = m_rejectedList->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(kj::models::RejectedChangeModel::IdRole).toLongLong();
    const kj::Status dismissed = m_rejectedService->dismiss(id);
    m_status->setText(dismissed ? QString() : tr("Not dismissed: %1").arg(errorText(dismissed.error())));
}

void SettingsPage::dismissAll()
{
    const kj::Status dismissed = m_rejectedService->dismissAll();
    m_status->setText(dismissed ? QString() : tr("Not dismissed: %1").arg(errorText(dismissed.error())));
}

} // namespace kj::ui
