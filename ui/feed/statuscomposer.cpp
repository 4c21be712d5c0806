#include "ui/feed/statuscomposer.h"

#include "app/services/feedservice.h"
#include "models/domain/post.h"
#include "ui/errortext.h"
#include "ui/audiencepicker.h"
#include "ui/feed/feedpictures.h"
#include "ui/skin.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace kj::ui {

namespace {

constexpr int kStripIcon = 64;

bool isPicture(const QString &path)
{
    return QImageReader::supportedImageFormats().contains(QFileInfo(path).suffix().toLower().toLatin1());
}

} // namespace

StatusComposer::StatusComposer(kj::app::FeedService &service, FeedPictures &pictures, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_pictures(pictures)
{
    setObjectName(QStringLiteral("statusComposer"));
    setFrameShape(QFrame::NoFrame);
    // As wide as the cards below it (FeedDelegate), and drawn like them (paintEvent).
    setMaximumWidth(686);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setAcceptDrops(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("statusText"));
    m_text->setTabChangesFocus(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);

    m_photoStrip = new QListWidget(this);
    m_photoStrip->setObjectName(QStringLiteral("statusPhotos"));
    m_photoStrip->setViewMode(QListView::IconMode);
    m_photoStrip->setFlow(QListView::LeftToRight);
    m_photoStrip->setWrapping(false);
    m_photoStrip->setMovement(QListView::Static);
    m_photoStrip->setIconSize(QSize(kStripIcon, kStripIcon));
    m_photoStrip->setSpacing(3);
    m_photoStrip->setFrameShape(QFrame::NoFrame);
    m_photoStrip->setFixedHeight(kStripIcon + 14);
    m_photoStrip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_photoStrip->hide();
    connect(m_photoStrip, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { removePhoto(m_photoStrip->row(item)); });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_photoStrip, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, [this] {
        if (m_photoStrip->currentRow() >= 0)
            removePhoto(m_photoStrip->currentRow());
    });
    connect(&m_pictures, &FeedPictures::ready, this, &StatusComposer::updatePhotoIcons);

    m_addPhotos = new QToolButton(this);
    m_addPhotos->setObjectName(QStringLiteral("addStatusPhotos"));
    m_addPhotos->setIcon(icon(QStringLiteral("photo")));
    m_addPhotos->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addPhotos->setAutoRaise(true);
    connect(m_addPhotos, &QToolButton::clicked, this, &StatusComposer::choosePhotos);

    m_audience = new AudiencePicker(this);
    m_audience->setObjectName(QStringLiteral("statusAudience"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("statusCount"));

    m_post = new QPushButton(icon(QStringLiteral("new-status")), QString(), this);
    m_post->setObjectName(QStringLiteral("postStatus"));
    m_post->setDefault(true);
    connect(m_post, &QPushButton::clicked, this, &StatusComposer::post);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &StatusComposer::post);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_addPhotos);
    bar->addWidget(m_audience);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_post);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addWidget(m_text);
    layout->addWidget(m_photoStrip);
    layout->addWidget(m_error);
    layout->addLayout(bar);

    connect(m_text, &QPlainTextEdit::textChanged, this, &StatusComposer::updateState);
    m_text->installEventFilter(this);
    retranslate();
}

bool StatusComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update(); // the card's border shows where the keyboard is
    return QFrame::eventFilter(watched, event);
}

void StatusComposer::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
}

void StatusComposer::choosePhotos()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Choose photos for the 说说"), folder,
                                                             tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"));
    addPhotos(chosen);
}

void StatusComposer::addPhotos(const QStringList &paths)
{
    if (m_preparing)
        return; // the photos being read are the ones posted
    QStringList skipped;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isFile() || !isPicture(path)) {
            skipped.append(QFileInfo(path).fileName());
            continue;
        }
        if (m_photos.contains(path))
            continue;
        if (m_photos.size() >= kj::Post::kMaxPhotos) {
            showError(tr("A 说说 shows at most %n photo(s); the others were left out.", nullptr, kj::Post::kMaxPhotos));
            break;
        }
        m_photos.append(path);
        auto *item = new QListWidgetItem(m_photoStrip);
        item->setToolTip(QFileInfo(path).fileName());
        item->setData(Qt::AccessibleTextRole, QFileInfo(path).fileName());
        item->setSizeHint(QSize(kStripIcon + 6, kStripIcon + 6));
    }
    if (!skipped.isEmpty())
        showError(tr("Not a picture this program can read: %1").arg(skipped.join(QStringLiteral(", "))));
    updatePhotoIcons();
    updateState();
}

void StatusComposer::removePhoto(int index)
{
    if (m_preparing)
        return;
    if (index < 0 || index >= m_photos.size())
        return;
    m_photos.removeAt(index);
    delete m_photoStrip->takeItem(index);
    updateState();
}

void StatusComposer::updatePhotoIcons()
{
    const qreal ratio = devicePixelRatioF();
    const QSize size(int(kStripIcon * ratio), int(kStripIcon * ratio));
    for (int i = 0; i < m_photoStrip->count() && i < m_photos.size(); ++i) {
        QListWidgetItem *item = m_photoStrip->item(i);
        QPixmap pixmap = m_pictures.picture({{}, {}, m_photos.at(i), 0, 0}, size);
        if (pixmap.isNull()) {
            if (item->icon().isNull())
                item->setIcon(icon(QStringLiteral("photo")));
            continue;
        }
        pixmap.setDevicePixelRatio(ratio);
        item->setIcon(QIcon(pixmap));
    }
}

void StatusComposer::updateState()
{
    const qsizetype used = kj::characterCount(m_text->toPlainText());
    const bool tooLong = used > kj::Post::kMaxTextLength;
    m_count->setText(tr("%1 / %2").arg(QLocale().toString(used), QLocale().toString(kj::Post::kMaxTextLength)));
    m_count->setToolTip(tooLong ? tr("Too long: a 说说 holds at most %1 characters").arg(QLocale().toString(kj::Post::kMaxTextLength))
                                : tr("Characters used of the most a 说说 holds"));
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText, tooLong ? this->palette().color(QPalette::Highlight)
                                                   : this->palette().color(QPalette::PlaceholderText));
    m_count->setPalette(palette);
    m_post->setEnabled(!m_preparing && !m_text->toPlainText().trimmed().isEmpty() && !tooLong);
    m_photoStrip->setVisible(!m_photos.isEmpty());
    m_addPhotos->setEnabled(!m_preparing && m_photos.size() < kj::Post::kMaxPhotos);
}

void StatusComposer::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool StatusComposer::post()
{
    const QString text = m_text->toPlainText();
    if (m_preparing || text.trimmed().isEmpty() || kj::characterCount(text) > kj::Post::kMaxTextLength)
        return false;
    const kj::Audience audience = m_audience->audience();
    if (m_photos.isEmpty())
        return save(text, audience, {});
    // Reading and hashing photos of up to 50 MiB each would freeze the window: a worker does it.
    setPreparing(true);
    showError({});
    m_service.preparePhotos(m_photos, this, [this, text, audience](const kj::app::PhotoImportScan &scan) {
        setPreparing(false);
        if (!scan.refused.isEmpty()) {
            QStringList lines;
            for (const kj::app::RefusedFile &refused : scan.refused) {
                const QString name = QFileInfo(refused.path).fileName();
                switch (refused.reason) {
                case kj::app::RefusedFile::Reason::NotAPicture:
                    lines.append(tr("%1 is not a picture the server takes (JPEG, PNG, WebP or GIF).").arg(name));
                    break;
                case kj::app::RefusedFile::Reason::Damaged:
                    lines.append(tr("%1 is damaged and cannot be shown.").arg(name));
                    break;
                case kj::app::RefusedFile::Reason::TooLarge:
                    lines.append(tr("%1 is too large (at most 50 MB and 100 megapixels).").arg(name));
                    break;
                case kj::app::RefusedFile::Reason::Unreadable:
                    lines.append(tr("%1 cannot be read.").arg(name));
                    break;
                }
            }
            showError(tr("The 说说 was not saved. Remove these photos and post again:") + u'\n' + lines.join(u'\n'));
            return;
        }
        save(text, audience, scan.files);
    });
    return true;
}

bool StatusComposer::save(const QString &text, const kj::Audience &audience, const QList<kj::app::PhotoImportFile> &photos)
{
    kj::Result<QString> posted = m_service.postStatus(text, audience, photos);
    if (!posted) {
        showError(tr("The 说说 was not saved: %1").arg(errorText(posted.error())));
        return false;
    }
    showError({});
    m_text->clear();
    m_photos.clear();
    m_photoStrip->clear();
    updateState();
    Q_EMIT this->posted(*posted);
    return true;
}

void StatusComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void StatusComposer::retranslate()
{
    m_text->setPlaceholderText(tr("What's new? Write a 说说…"));
    m_text->setAccessibleName(tr("Your 说说"));
    m_photoStrip->setAccessibleName(tr("Photos of the 说说"));
    m_photoStrip->setToolTip(tr("Double-click a photo (or select it and press Delete) to take it out"));
    m_addPhotos->setText(tr("&Photos"));
    m_addPhotos->setToolTip(tr("Add up to %n photo(s) (or drop them here)", nullptr, kj::Post::kMaxPhotos));
    m_addPhotos->setAccessibleName(tr("Add photos"));
    m_audience->setAccessibleName(tr("Who can see the 说说"));
    m_count->setAccessibleName(tr("Characters used"));
    m_post->setText(m_preparing ? tr("Preparing…") : tr("Post"));
    m_post->setToolTip(tr("Post the 说说 (Ctrl+Enter). It is saved here first and sent when the server can be reached."));
    updateState();
}

void StatusComposer::setPreparing(bool preparing)
{
    m_preparing = preparing;
    // What is being posted stays as it is until it is saved.
    m_text->setReadOnly(preparing);
    m_photoStrip->setEnabled(!preparing);
    m_post->setText(preparing ? tr("Preparing…") : tr("Post"));
    updateState();
}

void StatusComposer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -1.5), 10, 10);
    const QPalette &colours = palette();
    painter.fillPath(card, colours.color(QPalette::Base));
    const bool focused = m_text->hasFocus();
    QColor line = focused ? colours.color(QPalette::Highlight) : colours.color(QPalette::Mid);
    line.setAlphaF(focused ? 0.8f : 0.45f);
    painter.setPen(QPen(line, 1));
    painter.drawPath(card);
}

void StatusComposer::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void StatusComposer::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addPhotos(paths);
    event->acceptProposedAction();
}

} // namespace kj::ui
