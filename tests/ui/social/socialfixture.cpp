#include "tests/ui/social/socialfixture.h"

#include "ui/mainwindow.h"
#include "ui/social/socialarea.h"

#include <QTest>

SocialFixture::SocialFixture() = default;

// The window goes before the sessions it shows.
SocialFixture::~SocialFixture() = default;

bool SocialFixture::openWindow()
{
    m_window = std::make_unique<kj::ui::MainWindow>(session(), settings());
    m_window->show();
    return QTest::qWaitForWindowActive(m_window.get());
}

kj::ui::SocialArea *SocialFixture::social() const
{
    return m_window ? m_window->findChild<kj::ui::SocialArea *>(QStringLiteral("socialArea")) : nullptr;
}
