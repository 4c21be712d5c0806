#pragma once

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;

namespace kj::app {
class ClientSession;
class RejectedChangeService;
} // namespace kj::app
namespace kj::models {
class RejectedChangeModel;
}

namespace kj::ui {

class Preferences;

//! "Settings": the viewer's own choices for this window (interface language, applied at once; autoplay of a
//! space's background music; tray notifications), the account and server with Sign out, and the changes the
//! server refused for good, each with why and its words, to dismiss once seen.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    //! Languages offered: "" (the system's), then each one Kongjian speaks.
    [[nodiscard]] static QStringList languages();

    //! `session` and `preferences` must outlive the page.
    SettingsPage(kj::app::ClientSession &session, Preferences &preferences, QWidget *parent = nullptr);
    ~SettingsPage() override;

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    [[nodiscard]] QCheckBox *autoplayBox() const { return m_autoplay; }
    [[nodiscard]] QCheckBox *trayBox() const { return m_tray; }
    [[nodiscard]] QListView *rejectedList() const { return m_rejectedList; }
    [[nodiscard]] kj::models::RejectedChangeModel &rejectedModel() const { return *m_rejected; }

public Q_SLOTS:
    //! Brings the refused changes into view (from the status bar's refused count).
    void showRejectedChanges();
    void dismissSelected();
    void dismissAll();

Q_SIGNALS:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLanguage();
    void retranslate();
    void updateRejected();

    kj::app::ClientSession &m_session;
    Preferences &m_preferences;
    std::unique_ptr<kj::models::RejectedChangeModel> m_rejected;
    std::unique_ptr<kj::app::RejectedChangeService> m_rejectedService;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_languageTitle = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_playbackTitle = nullptr;
    QCheckBox *m_autoplay = nullptr;
    QCheckBox *m_tray = nullptr;
    QLabel *m_accountTitle = nullptr;
    QLabel *m_account = nullptr;
    QPushButton *m_signOut = nullptr;
    QLabel *m_rejectedTitle = nullptr;
    QLabel *m_rejectedHint = nullptr;
    QListView *m_rejectedList = nullptr;
    QLabel *m_rejectedDetail = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_dismissAll = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_rejectedSection = nullptr;
};

} // namespace kj::ui
