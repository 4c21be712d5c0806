#pragma once

#include "ui/music/player.h"

#include <QFrame>
#include <QList>

class QAction;
class QLabel;
class QMenu;
class QSlider;
class QToolButton;

namespace kj::ui {

class ElidedLabel;

//! The bar under the pages that drives the window's Player: cover art, title and artist, previous,
//! play/pause and next, shuffle and repeat, a seek slider with the times, mute and volume. Its actions
//! (with keyboard shortcuts and the keyboard's media keys) work anywhere in the window and are listed in
//! menu().
class PlayerBar : public QFrame
{
    Q_OBJECT

public:
    //! `player` must outlive the bar.
    explicit PlayerBar(Player &player, QWidget *parent = nullptr);

    [[nodiscard]] Player &player() const { return m_player; }
    //! "&Play": the bar's actions, for the window's menu bar.
    [[nodiscard]] QMenu *menu() const { return m_menu; }

    [[nodiscard]] QAction *playPauseAction() const { return m_playPause; }
    [[nodiscard]] QAction *nextAction() const { return m_next; }
    [[nodiscard]] QAction *previousAction() const { return m_previous; }
    [[nodiscard]] QAction *shuffleAction() const { return m_shuffle; }
    [[nodiscard]] QAction *repeatAction() const { return m_repeat; }
    [[nodiscard]] QAction *muteAction() const { return m_mute; }
    [[nodiscard]] QSlider *seekSlider() const { return m_seek; }
    [[nodiscard]] QSlider *volumeSlider() const { return m_volume; }

    //! "m:ss", or "h:mm:ss" from an hour on.
    [[nodiscard]] static QString formatTime(qint64 ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *makeAction(const QString &objectName, const QString &icon, const QString &text,
                        const QList<QKeySequence> &shortcuts);
    QToolButton *makeButton(QAction *action, int iconSize);
    void showTrack();
    void showState();
    void showPosition(qint64 positionMs);
    void showDuration(qint64 durationMs);
    void showRepeat();
    void showVolume();
    void showCover(const QString &path);

    Player &m_player;
    QMenu *m_menu = nullptr;
    QAction *m_playPause = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_shuffle = nullptr;
    QAction *m_repeat = nullptr;
    QAction *m_mute = nullptr;
    QLabel *m_cover = nullptr;
    ElidedLabel *m_title = nullptr;
    ElidedLabel *m_artist = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_total = nullptr;
    QSlider *m_seek = nullptr;
    QSlider *m_volume = nullptr;
    bool m_showingPosition = false; // the slider moves because the track plays, not because of the user
    quint64 m_coverToken = 0;
};

} // namespace kj::ui
