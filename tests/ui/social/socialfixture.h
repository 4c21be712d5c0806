#pragma once

#include <QString>
#include <memory>

class JsonClient;
class QNetworkAccessManager;
class QSettings;
class QTemporaryDir;
class RestartableServer;

namespace kj::app {
class ClientSession;
class Profile;
} // namespace kj::app
namespace kj::ui {
class MainWindow;
class SocialArea;
} // namespace kj::ui

//! Two friends on the real server in this process: "xiaoming", signed in here with a real local store and
//! (openWindow()) the main window, and "xiaohong", who acts through the HTTP API. The server can go away and
//! come back at the same address (offline()/online()).
class SocialFixture
{
public:
    SocialFixture();
    ~SocialFixture();

    //! Starts the server, makes both accounts friends and opens my session; false on the first failure.
    [[nodiscard]] bool start();
    //! Opens the main window over my session (shown and active).
    [[nodiscard]] bool openWindow();

    //! The server goes away / comes back with the same data.
    void offline();
    [[nodiscard]] bool online();
    //! One sync run now; true when it ended well.
    [[nodiscard]] bool syncOnce();

    [[nodiscard]] JsonClient &client() const { return *m_client; }
    [[nodiscard]] kj::app::ClientSession &session() const { return *m_session; }
    [[nodiscard]] QSettings &settings() const { return *m_settings; }
    [[nodiscard]] kj::ui::MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] kj::ui::SocialArea *social() const;
    [[nodiscard]] QString myToken() const { return m_myToken; }
    [[nodiscard]] QString friendToken() const { return m_friendToken; }

    static inline const QString kMe = QStringLiteral("xiaoming");
    static inline const QString kFriend = QStringLiteral("xiaohong");

private:
    std::unique_ptr<RestartableServer> m_server;
    std::unique_ptr<JsonClient> m_client;
    QString m_myToken;
    QString m_friendToken;
    std::unique_ptr<QTemporaryDir> m_profileDir;
    std::unique_ptr<kj::app::Profile> m_profile;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<kj::app::ClientSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<kj::ui::MainWindow> m_window;
};
