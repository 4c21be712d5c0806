#pragma once

#include "tests/support/sessionfixture.h"

#include <memory>

namespace kj::ui {
class MainWindow;
class SocialArea;
} // namespace kj::ui

//! Two friends on the real server in this process (SessionFixture): kMe, signed in here with a real local
//! store and (openWindow()) the main window, and kFriend, who acts through the HTTP API. The server can go away
//! and come back at the same address (offline()/online()).
class SocialFixture : public SessionFixture
{
public:
    SocialFixture();
    ~SocialFixture();

    //! Opens the main window over my session (shown and active).
    [[nodiscard]] bool openWindow();

    [[nodiscard]] kj::ui::MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] kj::ui::SocialArea *social() const;

private:
    std::unique_ptr<kj::ui::MainWindow> m_window;
};
