#include "ui/space/spacepage.h"

#include "app/clientsession.h"
#include "app/services/spaceservice.h"
#include "models/space/spacemodulemodel.h"
#include "ui/avatarbadge.h"
#include "ui/errortext.h"
#include "ui/personname.h"
#include "ui/preferences.h"
#include "ui/relativetime.h"
#include "ui/space/decoratedialog.h"
#include "ui/space/picturedecoder.h"
#include "ui/space/spacecard.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kj::ui {

namespace {

constexpr int kAvatarSize = 72;
constexpr int kAvatarRing = 2;
constexpr int kThumbnailSize = 64;

QString when(const QDateTime &at)
{
    return at.isValid() ? relativeTime(at, QDateTime::currentDateTimeUtc()) : QString();
}

} // namespace

SpacePage::SpacePage(kj::app::ClientSession &session, Preferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_service(std::make_unique<kj::app::SpaceService>(session))
    , m_preferences(preferences)
    , m_skin(Skin::builtIn(kj::SpaceSettings::defaultSkin()))
{
    setObjectName(QStringLiteral("spacePage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 0);
    layout->setSpacing(10);

    auto *bar = new QHBoxLayout;
    m_backButton = new QPushButton(icon(QStringLiteral("space")), QString(), this);
    m_backButton->setObjectName(QStringLiteral("backToMySpace"));
    connect(m_backButton, &QPushButton::clicked, this, &SpacePage::showMySpace);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingMarker"));
    m_decorateButton = new QPushButton(icon(QStringLiteral("space")), QString(), this);
    m_decorateButton->setObjectName(QStringLiteral("decorateButton"));
    m_decorateButton->setProperty("primary", true);
    connect(m_decorateButton, &QPushButton::clicked, this, &SpacePage::decorate);
    bar->addWidget(m_backButton);
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_pending);
    bar->addWidget(m_decorateButton);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("spaceScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("spaceHome"));
    m_content->setAutoFillBackground(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 24);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(16);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch(1);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    connect(m_service.get(), &kj::app::SpaceService::mySettingsChanged, this, [this] {
        if (!m_preview)
            applyMySkin(m_service->mySettings());
        refreshMine();
    });
    connect(m_service.get(), &kj::app::SpaceService::myHomeChanged, this, &SpacePage::refreshMine);

    retranslate();
    applyMySkin(m_service->mySettings());
    showHome(m_service->myHome());
    m_service->refreshMySettings();
}

SpacePage::~SpacePage() = default;

void SpacePage::showMySpace()
{
    m_opening.clear();
    showHome(m_service->myHome());
    askVisitors();
}

void SpacePage::openSpace(const QString &username)
{
    if (username.isEmpty() || username == m_service->me()) {
        showMySpace();
        return;
    }
    m_opening = username;
    m_status->setText(tr("Opening %1's space…").arg(username));
    m_status->show();
    m_service->openSpace(username, this, [this, username](kj::Result<kj::app::SpaceHome> home) {
        if (m_opening != username)
            return; // another space was asked for meanwhile
        m_opening.clear();
        if (!home) {
            const QString message = home.error().code == kj::ErrorCode::NotFound
                                      ? tr("There is no user %1.").arg(username)
                                      : tr("%1's space could not be opened: %2").arg(username, errorText(home.error()));
            m_status->setText(message);
            m_status->show();
            Q_EMIT openFailed(username, message);
            return;
        }
        showHome(*home);
        if (home->fromCache)
            m_status->setText(tr("Shown as it was on %1: the server could not be reached.").arg(QLocale().toString(home->seenAt.toLocalTime(), QLocale::ShortFormat)));
        m_status->setVisible(home->fromCache);
        QList<kj::Track> tracks = home->tracks;
        if (!tracks.isEmpty() && home->settings.music.autoplay && m_preferences.autoplayMusic()) {
            if (home->settings.music.shuffle)
                std::shuffle(tracks.begin(), tracks.end(), *QRandomGenerator::global());
            Q_EMIT backgroundMusicRequested(tracks);
        }
    });
}

void SpacePage::showHome(const kj::app::SpaceHome &home)
{
    m_home = home;
    m_status->setVisible(home.fromCache);
    applySkinFor(home);
    render();
    Q_EMIT spaceShown(home.owner.username);
}

void SpacePage::refreshMine()
{
    if (!m_home.mine || !m_opening.isEmpty() || m_renderQueued)
        return;
    // Several changes in a row (a sync run) show once.
    m_renderQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_renderQueued = false;
        if (!m_home.mine || !m_opening.isEmpty())
            return;
        const std::optional<kj::VisitorList> visitors = m_home.visitors;
        kj::app::SpaceHome home = m_service->myHome();
        home.visitors = visitors;
        if (home.guestbook.isEmpty())
            home.guestbook = m_fetchedGuestbook;
        if (m_preview)
            home.settings = *m_preview;
        showHome(home);
    });
}

void SpacePage::askVisitors()
{
    m_service->askMyGuestbook(this, [this](kj::Result<QList<kj::app::SpaceHomeLine>> lines) {
        if (!lines || !m_home.mine)
            return;
        // Mine waiting to be sent stay first; the server's newest after them.
        QList<kj::app::SpaceHomeLine> shown;
        for (const kj::app::SpaceHomeLine &line : std::as_const(m_home.guestbook)) {
            if (line.pending)
                shown.append(line);
        }
        for (const kj::app::SpaceHomeLine &line : std::as_const(*lines)) {
            if (shown.size() < kj::app::SpaceService::kLinesPerModule)
                shown.append(line);
        }
        m_home.guestbook = shown;
        m_fetchedGuestbook = *lines;
        render();
    });
    m_service->askMyVisitors(this, [this](kj::Result<kj::VisitorList> visitors) {
        if (!visitors || !m_home.mine)
            return;
        m_home.visitors = *visitors;
        render();
    });
}

void SpacePage::applySkinFor(const kj::app::SpaceHome &home)
{
    if (home.mine) {
        // Mine is the window's skin (the application's): nothing of its own here.
        clearSkin(*this);
        m_skin = m_applicationSkin.value_or(Skin::forSpace(home.settings));
    } else {
        m_skin = Skin::forSpace(home.settings);
        applySkin(*this, m_skin);
    }
    loadBackground(home.settings.backgroundMediaId);
}

void SpacePage::applyMySkin(const kj::SpaceSettings &settings)
{
    const Skin skin = Skin::forSpace(settings);
    if (m_applicationSkin == skin)
        return;
    m_applicationSkin = skin;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applySkin(*app, skin);
    if (m_home.mine)
        m_skin = skin;
}

void SpacePage::loadBackground(const QString &mediaId)
{
    if (mediaId == m_backgroundId)
        return;
    m_backgroundId = mediaId;
    m_background = QImage();
    update();
    if (mediaId.isEmpty())
        return;
    m_service->fetchPicture(mediaId, kj::MediaSize::Large, this, [this, mediaId](kj::Result<QByteArray> bytes) {
        if (!bytes || mediaId != m_backgroundId)
            return;
        decodePicture(*bytes, QSize(1920, 1200), true, this, [this, mediaId](const QImage &image) {
            if (mediaId != m_backgroundId)
                return;
            m_background = image;
            update();
        });
    });
}

void SpacePage::loadAvatar(AvatarBadge *avatar, const QString &mediaId)
{
    QPointer<AvatarBadge> target(avatar);
    m_service->fetchPicture(mediaId, kj::MediaSize::Thumb, avatar, [target](kj::Result<QByteArray> bytes) {
        if (!bytes || !target)
            return;
        decodePicture(*bytes, QSize(kAvatarSize * 2, kAvatarSize * 2), true, target, [target](const QImage &image) {
            if (target && !image.isNull())
                target->setPicture(QPixmap::fromImage(image));
        });
    });
}

void SpacePage::loadThumbnail(QLabel *thumbnail, const QString &mediaId)
{
    QPointer<QLabel> target(thumbnail);
    m_service->fetchPicture(mediaId, kj::MediaSize::Thumb, thumbnail, [this, target](kj::Result<QByteArray> bytes) {
        if (!bytes || !target)
            return;
        const qreal ratio = devicePixelRatioF();
        decodePicture(*bytes, QSize(kThumbnailSize, kThumbnailSize) * ratio, true, target, [target, ratio](const QImage &image) {
            if (!target || image.isNull())
                return;
            const QSize box = QSize(kThumbnailSize, kThumbnailSize) * ratio;
            QImage cropped = image.copy(QRect(QPoint((image.width() - box.width()) / 2, (image.height() - box.height()) / 2), box));
            QPixmap pixmap = QPixmap::fromImage(cropped);
            pixmap.setDevicePixelRatio(ratio);
            target->setPixmap(pixmap);
        });
    });
}

QStringList SpacePage::shownModules() const
{
    QStringList modules;
    for (const QWidget *card : m_cards) {
        if (const QString module = card->property("module").toString(); !module.isEmpty())
            modules.append(module);
    }
    return modules;
}

void SpacePage::render()
{
    qDeleteAll(m_cards);
    m_cards.clear();

    const bool mine = m_home.mine;
    const QString name = personName(m_home.owner);
    m_title->setText(mine ? tr("My space") : tr("%1's space").arg(name));
    m_backButton->setVisible(!mine);
    m_decorateButton->setVisible(mine);
    m_pending->setVisible(mine && m_home.settingsPending);

    int row = 0;
    int column = 0;
    for (const QString &module : m_home.settings.modules) {
        if (module == u"profile") {
            if (column != 0) {
                ++row;
                column = 0;
            }
            QWidget *card = profileCard();
            m_grid->addWidget(card, row++, 0, 1, 2);
            m_cards.append(card);
            continue;
        }
        SpaceCard *card = moduleCard(module);
        if (!card)
            continue;
        m_grid->addWidget(card, row, column, Qt::AlignTop);
        m_cards.append(card);
        if (++column == 2) {
            column = 0;
            ++row;
        }
    }
    if (m_cards.isEmpty()) {
        auto *empty = new QLabel(mine ? tr("Your space shows no modules. Choose some with Decorate.")
                                      : tr("%1 shows nothing in their space.").arg(name),
                                 m_content);
        empty->setObjectName(QStringLiteral("emptyHint"));
        empty->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(empty, 0, 0, 1, 2);
        m_cards.append(empty); // no "module": not listed by shownModules()
    }
    update();
}

QWidget *SpacePage::profileCard()
{
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("spaceHeader"));
    card->setProperty("module", QStringLiteral("profile"));
    card->setAccessibleName(tr("Profile card"));
    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(18);

    const QString name = personName(m_home.owner);
    auto *avatar = new AvatarBadge(kAvatarSize, kAvatarRing, card);
    avatar->setObjectName(QStringLiteral("avatar"));
    avatar->setPerson(m_home.owner.displayName, m_home.owner.username);
    avatar->setAccessibleName(tr("%1's picture").arg(name));
    if (!m_home.settings.avatarMediaId.isEmpty())
        loadAvatar(avatar, m_home.settings.avatarMediaId);
    layout->addWidget(avatar, 0, Qt::AlignTop);

    auto *words = new QVBoxLayout;
    words->setSpacing(4);
    auto *title = new QLabel(m_home.settings.title.isEmpty() ? tr("%1's space").arg(name) : m_home.settings.title, card);
    title->setObjectName(QStringLiteral("spaceTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    words->addWidget(title);
    if (!m_home.settings.motto.isEmpty()) {
        auto *motto = new QLabel(m_home.settings.motto, card);
        motto->setObjectName(QStringLiteral("spaceMotto"));
        motto->setTextFormat(Qt::PlainText);
        motto->setWordWrap(true);
        words->addWidget(motto);
    }
    auto *owner = new QLabel(QStringLiteral("%1 · @%2").arg(name, m_home.owner.username), card);
    owner->setObjectName(QStringLiteral("spaceOwner"));
    owner->setTextFormat(Qt::PlainText);
    words->addWidget(owner);
    words->addStretch(1);
    layout->addLayout(words, 1);
    return card;
}

SpaceCard *SpacePage::moduleCard(const QString &module)
{
    static const QHash<QString, QString> icons = {
        {QStringLiteral("posts"), QStringLiteral("feed")},       {QStringLiteral("diaries"), QStringLiteral("diary")},
        {QStringLiteral("albums"), QStringLiteral("album")},     {QStringLiteral("music"), QStringLiteral("music")},
        {QStringLiteral("guestbook"), QStringLiteral("guestbook")}, {QStringLiteral("visitors"), QStringLiteral("visitors")},
    };
    if (!icons.contains(module))
        return nullptr;
    const bool mine = m_home.mine;
    const QString name = personName(m_home.owner);
    auto *card = new SpaceCard(module, icons.value(module), kj::models::SpaceModuleModel::moduleName(module), m_content);
    card->setClickable(mine);
    if (mine)
        connect(card, &SpaceCard::activated, this, &SpacePage::moduleActivated);
    const auto addLines = [card](const QList<kj::app::SpaceHomeLine> &lines, const QString &empty, bool titled) {
        if (lines.isEmpty())
            card->addLine(empty, QStringLiteral("emptyHint"));
        for (const kj::app::SpaceHomeLine &line : lines) {
            QString text = titled && !line.title.isEmpty() ? line.title + (line.text.isEmpty() ? QString() : QStringLiteral(" — ") + line.text)
                                                           : line.text;
            text = text.simplified();
            if (text.size() > 96)
                text = text.left(95) + QStringLiteral("…");
            QLabel *label = card->addLine(text);
            QStringList meta;
            if (line.at.isValid())
                meta.append(when(line.at));
            if (line.count >= 0)
                meta.append(SpacePage::tr("%n photo(s)", nullptr, line.count));
            if (line.pending)
                meta.append(SpacePage::tr("not synced yet"));
            if (!meta.isEmpty())
                card->addLine(meta.join(QStringLiteral(" · ")), QStringLiteral("cardMeta"));
            label->setToolTip(line.text);
        }
    };

    if (module == u"posts") {
        addLines(m_home.posts, mine ? tr("No 说说 yet. Say something in the feed.") : tr("No 说说 you may see."), false);
    } else if (module == u"diaries") {
        if (m_home.diaryCount >= 0)
            card->setMeta(tr("%n diary(s)", nullptr, m_home.diaryCount));
        addLines(m_home.diaries, mine ? tr("No diaries yet. Write your first one.") : tr("No diaries you may see."), true);
    } else if (module == u"albums") {
        addLines(m_home.albums, mine ? tr("No albums yet.") : tr("No albums you may see."), true);
        if (!m_home.photos.isEmpty()) {
            auto *strip = new QHBoxLayout;
            strip->setSpacing(6);
            for (const kj::app::SpaceHomeLine &photo : m_home.photos) {
                auto *thumbnail = new QLabel(card);
                thumbnail->setObjectName(QStringLiteral("thumbnail"));
                thumbnail->setFixedSize(kThumbnailSize, kThumbnailSize);
                thumbnail->setToolTip(photo.text);
                thumbnail->setAccessibleName(photo.text.isEmpty() ? tr("Photo") : photo.text);
                strip->addWidget(thumbnail);
                loadThumbnail(thumbnail, photo.mediaId);
            }
            strip->addStretch(1);
            card->body()->addLayout(strip);
        }
    } else if (module == u"music") {
        const int listed = int(m_home.settings.music.trackIds.size());
        card->setMeta(tr("%n track(s)", nullptr, listed));
        if (listed == 0)
            card->addLine(mine ? tr("No background music yet.") : tr("No background music."), QStringLiteral("emptyHint"));
        for (qsizetype i = 0; i < m_home.tracks.size() && i < kj::app::SpaceService::kLinesPerModule; ++i) {
            const kj::Track &track = m_home.tracks.at(i);
            card->addLine(track.artist.isEmpty() ? QStringLiteral("♪ %1").arg(track.title)
                                                 : QStringLiteral("♪ %1 — %2").arg(track.title, track.artist));
        }
        if (listed > 0 && m_home.tracks.isEmpty())
            card->addLine(tr("The tracks are not on this computer yet."), QStringLiteral("cardMeta"));
        if (!m_home.tracks.isEmpty()) {
            auto *play = new QPushButton(icon(QStringLiteral("music")), tr("&Play"), card);
            play->setObjectName(QStringLiteral("playSpaceMusic"));
            play->setToolTip(mine ? tr("Play your space's background music") : tr("Play %1's background music").arg(name));
            connect(play, &QPushButton::clicked, this, [this] { Q_EMIT backgroundMusicRequested(m_home.tracks); });
            card->body()->addWidget(play, 0, Qt::AlignLeft);
        }
    } else if (module == u"guestbook") {
        addLines(m_home.guestbook, mine ? tr("No messages yet.") : tr("No messages yet. Be the first to leave one."), true);
    } else if (module == u"visitors") {
        if (!mine) {
            card->addLine(tr("Only %1 sees who visited.").arg(name), QStringLiteral("emptyHint"));
        } else if (!m_home.visitors) {
            card->addLine(tr("Visitors show when the server can be reached."), QStringLiteral("emptyHint"));
        } else {
            card->setMeta(tr("%n visit(s) in all", nullptr, int(m_home.visitors->total)));
            if (m_home.visitors->items.isEmpty())
                card->addLine(tr("Nobody has visited yet."), QStringLiteral("emptyHint"));
            for (qsizetype i = 0; i < m_home.visitors->items.size() && i < 5; ++i) {
                const kj::Visit &visit = m_home.visitors->items.at(i);
                card->addLine(QStringLiteral("%1 · %2").arg(personName(visit.visitor), when(visit.at)));
            }
        }
    }
    return card;
}

DecorateDialog *SpacePage::decorateDialog() const
{
    return m_decorate;
}

void SpacePage::decorate()
{
    if (m_decorate) {
        m_decorate->raise();
        m_decorate->activateWindow();
        return;
    }
    if (!m_home.mine)
        showMySpace();
    m_decorate = new DecorateDialog(*m_service, window());
    m_decorate->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_decorate, &DecorateDialog::previewChanged, this, &SpacePage::previewMine);
    connect(m_decorate, &QDialog::finished, this, &SpacePage::endPreview);
    m_decorate->open();
}

void SpacePage::previewMine(const kj::SpaceSettings &settings)
{
    m_preview = settings;
    applyMySkin(settings);
    if (m_home.mine) {
        m_home.settings = settings;
        applySkinFor(m_home);
        render();
    }
}

void SpacePage::endPreview()
{
    // Saved or not, the window shows what is stored now (Cancel restores the skin as it was).
    m_preview.reset();
    applyMySkin(m_service->mySettings());
    if (m_home.mine)
        refreshMine();
}

void SpacePage::paintEvent(QPaintEvent *)
{
    // Mine wears the application's skin; a friend's, its own (its colours rather than palette(): a style sheet
    // polish may reset the palette of the page).
    const QColor window = m_home.mine ? QApplication::palette().color(QPalette::Window) : m_skin.palette().color(QPalette::Window);
    QPainter painter(this);
    painter.fillRect(rect(), window);
    if (m_background.isNull())
        return;
    // Cover the page, centred; a veil of the skin's background keeps the words over it readable.
    const QSizeF scaled = QSizeF(m_background.size()).scaled(QSizeF(size()), Qt::KeepAspectRatioByExpanding);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_background);
    QColor veil = window;
    veil.setAlphaF(0.35f);
    painter.fillRect(rect(), veil);
}

void SpacePage::retranslate()
{
    setAccessibleName(tr("Space"));
    m_backButton->setText(tr("&Back to my space"));
    // setText() replaces a button's shortcut with the mnemonic of its words.
    m_backButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backButton->setToolTip(tr("Leave this space and show yours"));
    m_pending->setText(tr("Decoration not synced yet"));
    m_pending->setToolTip(tr("Saved on this computer; friends see it once it is sent to the server"));
    m_decorateButton->setText(tr("&Decorate…"));
    m_decorateButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_decorateButton->setToolTip(tr("Choose a skin, colours, a background picture and the modules of your space (Ctrl+Shift+D)"));
}

void SpacePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The cards' icons are drawn in the skin's ink when made, their words in the language of then: a new skin
    // or language makes them again (once, however many such events come in a row).
    const auto type = event->type();
    if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange || type == QEvent::LanguageChange)
        && !m_repaintQueued) {
        m_repaintQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_repaintQueued = false;
            render();
        });
    }
}

void SpacePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_home.mine && !m_home.visitors)
        askVisitors();
}

} // namespace kj::ui
