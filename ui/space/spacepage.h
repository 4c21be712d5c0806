#pragma once

#include "app/services/spacehome.h"
#include "models/domain/spacesettings.h"
#include "models/domain/track.h"
#include "ui/skin.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace kj::app {
class ClientSession;
class SpaceService;
} // namespace kj::app

namespace kj::ui {

class AvatarBadge;
class DecorateDialog;
class Preferences;
class SpaceCard;

//! A space's home (My space, and a friend's space opened from the feed or the friends list): a profile
//! card and module cards in the owner's order and choice (SpaceSettings::modules), over the owner's
//! background picture and in the owner's skin. My space reads the local store and works offline; my skin
//! is the window's (applied to the whole application, live while decorating); a friend's space comes
//! from the server (the visit is recorded) or as seen here before, in its owner's skin, scoped to this page.
class SpacePage : public QWidget
{
    Q_OBJECT

public:
    //! `session` and `preferences` must outlive the page. Applies my space's skin to the application.
    SpacePage(kj::app::ClientSession &session, Preferences &preferences, QWidget *parent = nullptr);
    ~SpacePage() override;

    [[nodiscard]] kj::app::SpaceService &service() const { return *m_service; }

    //! Shows my space (again).
    void showMySpace();
    //! Opens `username`'s space (mine for my own username); spaceShown() or openFailed() follows.
    void openSpace(const QString &username);
    //! Opens the decoration dialog for my space (live preview; saved when accepted).
    void decorate();

    //! Whose space shows.
    [[nodiscard]] QString owner() const { return m_home.owner.username; }
    [[nodiscard]] bool isMine() const { return m_home.mine; }
    [[nodiscard]] const kj::app::SpaceHome &home() const { return m_home; }
    //! The module ids of the cards shown, in order.
    [[nodiscard]] QStringList shownModules() const;
    //! The skin the page is drawn in (mine, a preview of mine, or its owner's).
    [[nodiscard]] Skin skin() const { return m_skin; }
    //! The decoration dialog while it is open.
    [[nodiscard]] DecorateDialog *decorateDialog() const;

Q_SIGNALS:
    //! A card of my space was clicked: show the module's page ("posts", "diaries", "albums", "music",
    //! "guestbook", "visitors").
    void moduleActivated(const QString &module);
    //! Play these tracks now: a friend's background music as its space opens (when the viewer allows
    //! autoplay and the owner asked for it), or the music card's Play button.
    void backgroundMusicRequested(const QList<kj::Track> &tracks);
    //! A space's home is on screen (after showMySpace(), openSpace(), or a refresh of mine).
    void spaceShown(const QString &username);
    //! openSpace() could not show the space; `message` says why in plain words.
    void openFailed(const QString &username, const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    //! The page's own words in the language now installed; the cards are made again (render()) for theirs.
    void retranslate();
    void showHome(const kj::app::SpaceHome &home);
    void render();
    void applySkinFor(const kj::app::SpaceHome &home);
    void applyMySkin(const kj::SpaceSettings &settings);
    void loadBackground(const QString &mediaId);
    void loadAvatar(AvatarBadge *avatar, const QString &mediaId);
    void loadThumbnail(QLabel *thumbnail, const QString &mediaId);
    void refreshMine();
    void askVisitors();
    [[nodiscard]] QWidget *profileCard();
    [[nodiscard]] SpaceCard *moduleCard(const QString &module);
    void previewMine(const kj::SpaceSettings &settings);
    void endPreview();

    std::unique_ptr<kj::app::SpaceService> m_service;
    Preferences &m_preferences;
    kj::app::SpaceHome m_home;
    std::optional<kj::SpaceSettings> m_preview;
    QList<kj::app::SpaceHomeLine> m_fetchedGuestbook; // my guestbook's newest, as the server last told
    QString m_opening; // the username openSpace() is asking about
    Skin m_skin;
    std::optional<Skin> m_applicationSkin;
    QString m_backgroundId;
    QImage m_background;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_decorateButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_cards;
    QPointer<DecorateDialog> m_decorate;
    bool m_renderQueued = false;  // a refresh of my home from the store
    bool m_repaintQueued = false; // the same home again, in a new skin
};

} // namespace kj::ui
