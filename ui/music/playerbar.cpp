#include "ui/music/playerbar.h"

#include "ui/music/elidedlabel.h"
#include "ui/skin.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSlider>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace kj::ui {

namespace {
constexpr int kCoverSize = 48;
constexpr qint64 kSeekStepMs = 5000;

QString withShortcut(const QString &text, const QAction *action)
{
    const QKeySequence shortcut = action->shortcut();
    return shortcut.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}
} // namespace

PlayerBar::PlayerBar(Player &player, QWidget *parent) : QFrame(parent), m_player(player)
{
    setObjectName(QStringLiteral("playerBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_menu = new QMenu(this);
    m_playPause = makeAction(QStringLiteral("playPauseAction"), QStringLiteral("play"), tr("&Play"),
                             {QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_MediaTogglePlayPause),
                              QKeySequence(Qt::Key_MediaPlay), QKeySequence(Qt::Key_MediaPause)});
    connect(m_playPause, &QAction::triggered, &m_player, &Player::playPause);
    m_previous = makeAction(QStringLiteral("previousAction"), QStringLiteral("skip-previous"), tr("P&revious track"),
                            {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), QKeySequence(Qt::Key_MediaPrevious)});
    connect(m_previous, &QAction::triggered, &m_player, &Player::previous);
    m_next = makeAction(QStringLiteral("nextAction"), QStringLiteral("skip-next"), tr("&Next track"),
                        {QKeySequence(Qt::CTRL | Qt::Key_BracketRight), QKeySequence(Qt::Key_MediaNext)});
    connect(m_next, &QAction::triggered, &m_player, &Player::next);
    m_menu->addSeparator();
    m_shuffle = makeAction(QStringLiteral("shuffleAction"), QStringLiteral("shuffle"), tr("&Shuffle"), {});
    m_shuffle->setCheckable(true);
    connect(m_shuffle, &QAction::toggled, &m_player, &Player::setShuffle);
    m_repeat = makeAction(QStringLiteral("repeatAction"), QStringLiteral("repeat"), tr("&Repeat"), {});
    connect(m_repeat, &QAction::triggered, this, [this] {
        // Off -> the whole queue -> this track -> off.
        switch (m_player.repeat()) {
        case Player::Repeat::Off: m_player.setRepeat(Player::Repeat::All); break;
        case Player::Repeat::All: m_player.setRepeat(Player::Repeat::One); break;
        case Player::Repeat::One: m_player.setRepeat(Player::Repeat::Off); break;
        }
    });
    m_mute = makeAction(QStringLiteral("muteAction"), QStringLiteral("volume"), tr("&Mute"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), QKeySequence(Qt::Key_VolumeMute)});
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::toggled, &m_player, &Player::setMuted);

    m_cover = new QLabel(this);
    m_cover->setObjectName(QStringLiteral("coverArt"));
    m_cover->setFixedSize(kCoverSize, kCoverSize);
    m_cover->setAlignment(Qt::AlignCenter);
    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("trackTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_artist = new ElidedLabel(this);
    m_artist->setObjectName(QStringLiteral("hint"));

    auto *about = new QVBoxLayout;
    about->setSpacing(2);
    about->addStretch();
    about->addWidget(m_title);
    about->addWidget(m_artist);
    about->addStretch();
    auto *left = new QHBoxLayout;
    left->setSpacing(10);
    left->addWidget(m_cover);
    left->addLayout(about, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addStretch();
    buttons->addWidget(makeButton(m_shuffle, 18));
    buttons->addWidget(makeButton(m_previous, 20));
    QToolButton *playButton = makeButton(m_playPause, 26);
    playButton->setObjectName(QStringLiteral("playPauseButton"));
    buttons->addWidget(playButton);
    buttons->addWidget(makeButton(m_next, 20));
    buttons->addWidget(makeButton(m_repeat, 18));
    buttons->addStretch();

    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setSingleStep(int(kSeekStepMs));
    m_seek->setPageStep(int(kSeekStepMs * 2));
    m_seek->setFocusPolicy(Qt::StrongFocus);
    m_elapsed = new QLabel(formatTime(0), this);
    m_elapsed->setObjectName(QStringLiteral("hint"));
    m_total = new QLabel(formatTime(0), this);
    m_total->setObjectName(QStringLiteral("hint"));
    auto *seekRow = new QHBoxLayout;
    seekRow->addWidget(m_elapsed);
    seekRow->addWidget(m_seek, 1);
    seekRow->addWidget(m_total);

    auto *middle = new QVBoxLayout;
    middle->setSpacing(0);
    middle->addLayout(buttons);
    middle->addLayout(seekRow);

    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setFixedWidth(96);
    auto *right = new QHBoxLayout;
    right->addStretch();
    right->addWidget(makeButton(m_mute, 18));
    right->addWidget(m_volume);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 16, 4);
    layout->setSpacing(18);
    layout->addLayout(left, 3);
    layout->addLayout(middle, 5);
    layout->addLayout(right, 2);

    connect(m_seek, &QSlider::valueChanged, this, [this](int value) {
        if (!m_showingPosition && !m_seek->isSliderDown())
            m_player.seek(value);
        m_elapsed->setText(formatTime(value));
    });
    connect(m_seek, &QSlider::sliderReleased, this, [this] { m_player.seek(m_seek->value()); });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) { m_player.setVolume(float(value) / 100.0f); });

    connect(&m_player, &Player::currentChanged, this, &PlayerBar::showTrack);
    connect(&m_player, &Player::queueChanged, this, &PlayerBar::showTrack);
    connect(&m_player, &Player::stateChanged, this, &PlayerBar::showState);
    connect(&m_player, &Player::errorOccurred, this, &PlayerBar::showTrack);
    connect(&m_player, &Player::positionChanged, this, &PlayerBar::showPosition);
    connect(&m_player, &Player::durationChanged, this, &PlayerBar::showDuration);
    connect(&m_player, &Player::repeatChanged, this, &PlayerBar::showRepeat);
    connect(&m_player, &Player::shuffleChanged, m_shuffle, &QAction::setChecked);
    connect(&m_player, &Player::volumeChanged, this, &PlayerBar::showVolume);
    connect(&m_player, &Player::mutedChanged, this, &PlayerBar::showVolume);
    connect(&m_player, &Player::coverChanged, this, &PlayerBar::showCover);

    m_shuffle->setChecked(m_player.shuffle());
    retranslate();
    showCover(m_player.coverFile());
}

void PlayerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void PlayerBar::retranslate()
{
    setAccessibleName(tr("Music player"));
    m_menu->setTitle(tr("&Play"));
    const auto name = [](QAction *action, const QString &text) {
        action->setText(text);
        action->setToolTip(withShortcut(QString(text).remove(u'&'), action));
    };
    name(m_previous, tr("P&revious track"));
    name(m_next, tr("&Next track"));
    name(m_shuffle, tr("&Shuffle"));
    name(m_mute, tr("&Mute"));
    m_cover->setAccessibleName(tr("Cover art"));
    m_seek->setAccessibleName(tr("Position in the track"));
    m_elapsed->setAccessibleName(tr("Time played"));
    m_total->setAccessibleName(tr("Length of the track"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    showTrack();
    showState();
    showRepeat();
    showVolume();
}

QAction *PlayerBar::makeAction(const QString &objectName, const QString &iconName, const QString &text,
                               const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(icon(iconName), text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    // Anywhere in the window, whatever has the focus.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(withShortcut(QString(text).remove(u'&'), action));
    addAction(action);
    m_menu->addAction(action);
    return action;
}

QToolButton *PlayerBar::makeButton(QAction *action, int iconSize)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setIconSize(QSize(iconSize, iconSize));
    button->setAccessibleName(QString(action->text()).remove(u'&'));
    connect(action, &QAction::changed, button, [button, action] { button->setAccessibleName(QString(action->text()).remove(u'&')); });
    return button;
}

QString PlayerBar::formatTime(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PlayerBar::showTrack()
{
    const std::optional<kj::Track> track = m_player.currentTrack();
    if (!track) {
        m_title->setFullText(tr("Nothing playing"));
        m_artist->setFullText(tr("Choose music on the Music page"));
    } else {
        m_title->setFullText(track->title);
        m_artist->setFullText(m_player.errorString().isEmpty() ? track->artist : m_player.errorString());
    }
    const bool any = m_player.canPlay();
    m_playPause->setEnabled(any);
    m_previous->setEnabled(m_player.canGoPrevious());
    m_next->setEnabled(m_player.canGoNext());
    m_seek->setEnabled(track.has_value());
    showDuration(m_player.duration());
    showPosition(m_player.position());
}

void PlayerBar::showState()
{
    const bool playing = m_player.isPlaying();
    m_playPause->setIcon(icon(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    m_playPause->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playPause->setToolTip(withShortcut(playing ? tr("Pause") : tr("Play"), m_playPause));
    m_next->setEnabled(m_player.canGoNext());
}

void PlayerBar::showPosition(qint64 positionMs)
{
    if (m_seek->isSliderDown())
        return;
    m_showingPosition = true;
    m_seek->setValue(int(std::min<qint64>(positionMs, m_seek->maximum())));
    m_showingPosition = false;
    m_elapsed->setText(formatTime(positionMs));
}

void PlayerBar::showDuration(qint64 durationMs)
{
    m_showingPosition = true;
    m_seek->setRange(0, int(std::clamp<qint64>(durationMs, 0, std::numeric_limits<int>::max())));
    m_showingPosition = false;
    m_total->setText(formatTime(durationMs));
}

void PlayerBar::showRepeat()
{
    switch (m_player.repeat()) {
    case Player::Repeat::Off:
        m_repeat->setIcon(icon(QStringLiteral("repeat-off")));
        m_repeat->setText(tr("&Repeat: off"));
        break;
    case Player::Repeat::All:
        m_repeat->setIcon(icon(QStringLiteral("repeat")));
        m_repeat->setText(tr("&Repeat: all"));
        break;
    case Player::Repeat::One:
        m_repeat->setIcon(icon(QStringLiteral("repeat-one")));
        m_repeat->setText(tr("&Repeat: this track"));
        break;
    }
    m_repeat->setToolTip(QString(m_repeat->text()).remove(u'&'));
    m_next->setEnabled(m_player.canGoNext());
}

void PlayerBar::showVolume()
{
    const QSignalBlocker blocker(m_volume);
    m_volume->setValue(qRound(m_player.volume() * 100));
    const QSignalBlocker muteBlocker(m_mute);
    m_mute->setChecked(m_player.isMuted());
    m_mute->setIcon(icon(m_player.isMuted() ? QStringLiteral("mute") : QStringLiteral("volume")));
    m_mute->setToolTip(withShortcut(m_player.isMuted() ? tr("Sound on") : tr("Mute"), m_mute));
}

void PlayerBar::showCover(const QString &path)
{
    const quint64 token = ++m_coverToken;
    const qreal ratio = devicePixelRatioF();
    m_cover->setPixmap(icon(QStringLiteral("music")).pixmap(QSize(kCoverSize, kCoverSize) * 0.6, ratio));
    if (path.isEmpty())
        return;
    // Decoded off the GUI thread, at the size shown.
    const QSize size = QSize(kCoverSize, kCoverSize) * ratio;
    QThreadPool::globalInstance()->start([guard = QPointer<PlayerBar>(this), path, size, ratio, token] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize original = reader.size();
        if (original.isValid())
            reader.setScaledSize(original.scaled(size, Qt::KeepAspectRatioByExpanding));
        QImage image = reader.read();
        if (image.isNull())
            return;
        image = image.copy(QRect(QPoint((image.width() - size.width()) / 2, (image.height() - size.height()) / 2), size));
        image.setDevicePixelRatio(ratio);
        // Back on the GUI thread (the application lives on; the bar may not), where the guard is read.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, image, token] {
            if (guard && guard->m_coverToken == token)
                guard->m_cover->setPixmap(QPixmap::fromImage(image));
        });
    });
}

} // namespace kj::ui
