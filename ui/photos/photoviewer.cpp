#include "ui/photos/photoviewer.h"

#include "app/services/photoservice.h"
#include "models/photos/photolistmodel.h"
#include "ui/audience.h"
#include "ui/errortext.h"
#include "ui/personname.h"
#include "ui/photos/photoexiftext.h"
#include "ui/photos/thumbnailloader.h"
#include "ui/photos/zoomview.h"
#include "ui/skin.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace kj::ui {

namespace {
using Model = kj::models::PhotoListModel;

//! An icon button; what it does (tooltip, accessible name) comes with PhotoViewer::retranslate().
QToolButton *toolButton(QWidget *parent, const QString &iconName, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon(iconName));
    button->setObjectName(name);
    button->setAutoRaise(true);
    return button;
}
} // namespace

PhotoViewer::PhotoViewer(kj::app::PhotoService &service, ThumbnailLoader &thumbnails, kj::models::PhotoListModel &photos,
                         QWidget *parent)
    : QWidget(parent), m_service(service), m_thumbnails(thumbnails), m_photos(photos)
{
    setObjectName(QStringLiteral("photoViewer"));

    auto *back = m_back = toolButton(this, QStringLiteral("back"), QStringLiteral("viewerBack"));
    m_previous = toolButton(this, QStringLiteral("previous"), QStringLiteral("previousPhoto"));
    m_next = toolButton(this, QStringLiteral("next"), QStringLiteral("nextPhoto"));
    auto *zoomOut = m_zoomOut = toolButton(this, QStringLiteral("zoom-out"), QStringLiteral("zoomOut"));
    auto *zoomIn = m_zoomIn = toolButton(this, QStringLiteral("zoom-in"), QStringLiteral("zoomIn"));
    auto *fit = m_fit = toolButton(this, QStringLiteral("zoom-fit"), QStringLiteral("zoomFit"));
    auto *actual = m_actual = toolButton(this, QStringLiteral("zoom-actual"), QStringLiteral("zoomActual"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("hint"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("hint"));
    m_zoomLabel->setMinimumWidth(48);

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addSpacing(8);
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(actual);

    m_view = new ZoomView(this);

    // The side: caption, facts, likes, comments.
    m_captionText = new QLabel(this);
    m_captionText->setObjectName(QStringLiteral("photoCaption"));
    m_captionText->setWordWrap(true);
    m_captionText->setTextFormat(Qt::PlainText);
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setMaxLength(kj::Photo::kMaxCaptionLength);
    m_saveCaption = new QPushButton(icon(QStringLiteral("save")), QString(), this);
    m_saveCaption->setObjectName(QStringLiteral("saveCaption"));
    m_saveCaption->setEnabled(false);
    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(m_caption, 1);
    captionRow->addWidget(m_saveCaption);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("photoFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_like = new QPushButton(icon(QStringLiteral("like")), QString(), this);
    m_like->setObjectName(QStringLiteral("likePhoto"));
    m_like->setCheckable(true);
    m_like->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    m_commentsTitle = new QLabel(this);
    m_commentsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_comments = new QListWidget(this);
    m_comments->setObjectName(QStringLiteral("photoComments"));
    m_comments->setWordWrap(true);
    m_comments->setSelectionMode(QAbstractItemView::NoSelection);
    m_commentEdit = new QLineEdit(this);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setMaxLength(kj::Comment::kMaxTextLength);
    m_send = new QPushButton(icon(QStringLiteral("comment")), QString(), this);
    m_send->setObjectName(QStringLiteral("sendComment"));
    m_send->setEnabled(false);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentEdit, 1);
    commentRow->addWidget(m_send);

    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("viewerSide"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(10, 0, 0, 0);
    sideLayout->addWidget(m_captionText);
    sideLayout->addLayout(captionRow);
    sideLayout->addWidget(m_facts);
    sideLayout->addWidget(m_like, 0, Qt::AlignLeft);
    sideLayout->addWidget(m_commentsTitle);
    sideLayout->addWidget(m_comments, 1);
    sideLayout->addLayout(commentRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(back, &QToolButton::clicked, this, &PhotoViewer::closeRequested);
    connect(m_previous, &QToolButton::clicked, this, &PhotoViewer::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &PhotoViewer::showNext);
    connect(zoomIn, &QToolButton::clicked, m_view, &ZoomView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &ZoomView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &ZoomView::fitToView);
    connect(actual, &QToolButton::clicked, m_view, &ZoomView::actualSize);
    connect(m_view, &ZoomView::zoomChanged, this, [this](double zoom) { m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(zoom * 100))); });

    // Keys work anywhere in the viewer except where text is typed (a line edit takes the arrows and + - itself).
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *sc = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Right), [this] { showNext(); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { showPrevious(); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { m_view->zoomIn(); });
    shortcut(QKeySequence(Qt::Key_Equal), [this] { m_view->zoomIn(); });
    shortcut(QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    shortcut(QKeySequence(Qt::Key_Minus), [this] { m_view->zoomOut(); });
    shortcut(QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    shortcut(QKeySequence(Qt::Key_F), [this] { m_view->fitToView(); });
    shortcut(QKeySequence(Qt::Key_1), [this] { m_view->actualSize(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { Q_EMIT closeRequested(); });

    connect(m_caption, &QLineEdit::textEdited, this, [this] { m_saveCaption->setEnabled(true); });
    connect(m_caption, &QLineEdit::returnPressed, this, &PhotoViewer::saveCaption);
    connect(m_saveCaption, &QPushButton::clicked, this, &PhotoViewer::saveCaption);
    connect(m_commentEdit, &QLineEdit::textChanged, this, [this](const QString &text) { m_send->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_commentEdit, &QLineEdit::returnPressed, this, &PhotoViewer::sendComment);
    connect(m_send, &QPushButton::clicked, this, &PhotoViewer::sendComment);
    connect(m_like, &QPushButton::clicked, this, &PhotoViewer::toggleLike);
    connect(&service, &kj::app::PhotoService::commentsChanged, this, [this](const QString &photoId) {
        if (photoId == m_photoId)
            refreshComments();
    });
    connect(&photos, &QAbstractItemModel::dataChanged, this, [this] {
        // The photo may have changed under the viewer (a sync): keep showing the same one.
        if (const int row = m_photos.rowOf(m_photoId); row >= 0) {
            m_row = row;
            refreshDetails();
        }
    });
    connect(&photos, &QAbstractItemModel::rowsRemoved, this, [this] { m_row = m_photos.rowOf(m_photoId); updateNavigation(); });
    connect(&photos, &QAbstractItemModel::rowsInserted, this, [this] { m_row = m_photos.rowOf(m_photoId); updateNavigation(); });
    retranslate();
}

void PhotoViewer::setBackText(const QString &text)
{
    m_backText = text;
    m_back->setToolTip(text);
    m_back->setAccessibleName(text);
}

void PhotoViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PhotoViewer::retranslate()
{
    const auto describe = [](QWidget *button, const QString &tip) {
        button->setToolTip(tip);
        button->setAccessibleName(tip);
    };
    // The owner names the way back in its own words (and says them again on a change of language, before this).
    describe(m_back, m_backText.isEmpty() ? tr("Back to the album (Esc)") : m_backText);
    describe(m_previous, tr("Previous photo (Left)"));
    describe(m_next, tr("Next photo (Right)"));
    describe(m_zoomOut, tr("Zoom out (-)"));
    describe(m_zoomIn, tr("Zoom in (+)"));
    describe(m_fit, tr("Fit to the window (F)"));
    describe(m_actual, tr("Actual size, 100% (1)"));
    m_view->setAccessibleName(tr("Photo"));
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setPlaceholderText(tr("Add a caption"));
    m_saveCaption->setText(tr("Save"));
    m_saveCaption->setAccessibleName(tr("Save the caption"));
    m_like->setAccessibleName(tr("Like this photo"));
    m_like->setToolTip(tr("Like (Ctrl+L)"));
    m_commentsTitle->setText(tr("Comments"));
    m_comments->setAccessibleName(tr("Comments on this photo"));
    m_commentEdit->setAccessibleName(tr("Write a comment"));
    m_commentEdit->setPlaceholderText(tr("Write a comment"));
    m_send->setText(tr("Send"));
    m_send->setAccessibleName(tr("Send the comment"));
    if (m_row >= 0) {
        updateNavigation();
        refreshDetails();
        refreshComments();
        refreshLikes();
    }
}

bool PhotoViewer::isPictureShown() const
{
    return !m_view->image().isNull();
}

void PhotoViewer::showRow(int row)
{
    const kj::models::PhotoRow *photo = m_photos.photoAt(row);
    if (!photo)
        return;
    m_row = row;
    m_photoId = photo->photo.id;
    const quint64 serial = ++m_loadSerial;
    m_view->setImage({}, tr("Loading…"));
    const QString localPath = photo->queued ? photo->queued->path : QString();
    m_thumbnails.loadLarge(photo->photo.mediaId, localPath, {}, this, [this, serial](const QImage &image) {
        if (serial != m_loadSerial)
            return; // the user moved on
        m_view->setImage(image, image.isNull() ? tr("This photo cannot be shown now. It is loaded when the server "
                                                    "can be reached.")
                                               : QString());
    });
    m_caption->setText(photo->photo.caption);
    m_saveCaption->setEnabled(false);
    refreshDetails();
    refreshComments();
    refreshLikes();
    if (!photo->queued)
        m_service.refreshComments(m_photoId);
    updateNavigation();
    m_view->setFocus();
}

void PhotoViewer::showNext()
{
    if (m_row + 1 < m_photos.rowCount())
        showRow(m_row + 1);
}

void PhotoViewer::showPrevious()
{
    if (m_row > 0)
        showRow(m_row - 1);
}

void PhotoViewer::updateNavigation()
{
    m_previous->setEnabled(m_row > 0);
    m_next->setEnabled(m_row >= 0 && m_row + 1 < m_photos.rowCount());
    m_position->setText(m_row >= 0 ? tr("%1 of %2").arg(m_row + 1).arg(m_photos.rowCount()) : QString());
}

void PhotoViewer::refreshDetails()
{
    const kj::models::PhotoRow *row = m_photos.photoAt(m_row);
    if (!row)
        return;
    const kj::Photo &photo = row->photo;
    const bool mine = photo.owner.username == m_service.myUsername();
    const bool queued = row->queued.has_value();
    m_caption->setVisible(mine && !queued);
    m_saveCaption->setVisible(mine && !queued);
    m_captionText->setVisible(!mine || queued);
    if (!m_caption->isModified())
        m_caption->setText(photo.caption);
    m_captionText->setText(queued ? tr("Not uploaded yet.") : photo.caption);

    const QLocale locale;
    QStringList facts;
    if (photo.takenAt)
        facts.append(tr("Taken: %1").arg(locale.toString(photo.takenAt->toLocalTime(), QLocale::LongFormat)));
    if (const QString camera = cameraText(photo.exif); !camera.isEmpty())
        facts.append(tr("Camera: %1").arg(camera));
    if (const QString exposure = exposureText(photo.exif, locale); !exposure.isEmpty())
        facts.append(tr("Exposure: %1").arg(exposure));
    if (photo.width > 0 && photo.height > 0) {
        facts.append(tr("Size: %1 × %2 pixels (%3 megapixels)")
                         .arg(photo.width)
                         .arg(photo.height)
                         .arg(locale.toString(photo.width * double(photo.height) / 1e6, 'f', 1)));
    }
    if (photo.createdAt.isValid())
        facts.append(tr("Uploaded: %1").arg(locale.toString(photo.createdAt.toLocalTime(), QLocale::ShortFormat)));
    if (!queued)
        facts.append(tr("Who can see it: %1").arg(audienceName(photo.visibility)));
    if (row->pending)
        facts.append(tr("Your change is saved here and will be sent with the next sync."));
    m_facts->setText(facts.join(u'\n'));
}

void PhotoViewer::refreshComments()
{
    m_comments->clear();
    for (const kj::app::PhotoService::PhotoComment &comment : m_service.comments(m_photoId)) {
        QString text = personName(comment.comment.author) + QStringLiteral(": ") + comment.comment.text;
        if (comment.pending)
            text += QStringLiteral("  ") + tr("(not sent yet)");
        auto *item = new QListWidgetItem(text, m_comments);
        if (comment.pending)
            item->setIcon(icon(QStringLiteral("pending")));
    }
    const bool queued = m_photos.photoAt(m_row) && m_photos.photoAt(m_row)->queued;
    m_commentEdit->setEnabled(!queued);
}

void PhotoViewer::refreshLikes()
{
    const kj::app::PhotoService::Likes likes = m_service.likes(m_photoId);
    m_like->setChecked(likes.likedByMe);
    m_like->setIcon(icon(likes.likedByMe ? QStringLiteral("liked") : QStringLiteral("like")));
    m_like->setText(tr("%n like(s)", nullptr, likes.count));
    // setText() replaced the button's shortcut with the mnemonic of its words (none).
    m_like->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    const bool queued = m_photos.photoAt(m_row) && m_photos.photoAt(m_row)->queued;
    m_like->setEnabled(!queued);
}

void PhotoViewer::saveCaption()
{
    if (m_photoId.isEmpty() || !m_caption->isVisible())
        return;
    if (kj::Status saved = m_service.setCaption(m_photoId, m_caption->text().trimmed()); !saved) {
        Q_EMIT problem(errorText(saved.error()));
        return;
    }
    m_caption->setModified(false);
    m_saveCaption->setEnabled(false);
    refreshDetails();
}

void PhotoViewer::sendComment()
{
    const QString text = m_commentEdit->text().trimmed();
    if (text.isEmpty() || m_photoId.isEmpty())
        return;
    if (kj::Status added = m_service.addComment(m_photoId, text); !added) {
        Q_EMIT problem(errorText(added.error()));
        return;
    }
    m_commentEdit->clear();
    refreshComments();
}

void PhotoViewer::toggleLike()
{
    const kj::app::PhotoService::Likes likes = m_service.likes(m_photoId);
    if (kj::Status set = m_service.setLiked(m_photoId, !likes.likedByMe); !set)
        Q_EMIT problem(errorText(set.error()));
    refreshLikes();
}

} // namespace kj::ui
