#include "ui/feed/feeddelegate.h"

#include "models/feed/feedmodel.h"
#include "ui/audience.h"
#include "ui/avatarbadge.h"
#include "ui/colormix.h"
#include "ui/feed/feedpictures.h"
#include "ui/markdownview.h"
#include "ui/personname.h"
#include "ui/relativetime.h"
#include "ui/skin.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

namespace kj::ui {

namespace {

using Model = kj::models::FeedModel;
using kj::models::FeedComment;
using kj::models::FeedPicture;

constexpr int kMargin = 7;         // above and below a card
constexpr int kPadding = 16;       // inside a card
constexpr int kAvatar = 42;
constexpr int kGap = 10;
constexpr int kMaxCardWidth = 700;
constexpr int kMaxDiaryHeight = 170;
constexpr int kMaxTextHeight = 360;
constexpr int kActionsHeight = 34;
constexpr int kCellGap = 4;
constexpr int kMaxCell = 132;
constexpr int kMaxSingle = 300;
constexpr int kReplyHeight = 30;
//! The row a reply box belongs to (a QPersistentModelIndex), set on the editor.
constexpr char kRowProperty[] = "kjFeedRow";

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(int(std::lround(base.pixelSize() * factor)));
    font.setWeight(weight);
    return font;
}

QString kindWords(const QModelIndex &index)
{
    const QString kind = index.data(Model::KindRole).toString();
    if (kind == u"diary")
        return FeedDelegate::tr("wrote a diary");
    if (kind == u"repost")
        return FeedDelegate::tr("reposted");
    if (kind == u"photo")
        return FeedDelegate::tr("added %n photo(s)", nullptr, std::max(1, index.data(Model::PictureCountRole).toInt()));
    if (kind == u"track")
        return FeedDelegate::tr("added a track");
    if (index.data(Model::PictureCountRole).toInt() > 0)
        return FeedDelegate::tr("posted a 说说 with %n photo(s)", nullptr, index.data(Model::PictureCountRole).toInt());
    return FeedDelegate::tr("posted a 说说");
}

//! The cells of a picture grid: one large picture, two columns for two or four, three otherwise.
QList<QRect> pictureCells(const QVariantList &pictures, int left, int top, int inner)
{
    QList<QRect> cells;
    const int n = int(pictures.size());
    if (n == 0)
        return cells;
    if (n == 1) {
        const FeedPicture picture = pictures.first().value<FeedPicture>();
        QSize size(220, 220);
        if (picture.width > 0 && picture.height > 0)
            size = QSize(picture.width, picture.height).scaled(kMaxSingle, kMaxSingle, Qt::KeepAspectRatio);
        size.setWidth(std::clamp(size.width(), 120, std::min(inner, kMaxSingle)));
        size.setHeight(std::clamp(size.height(), 120, kMaxSingle));
        cells.append(QRect(QPoint(left, top), size));
        return cells;
    }
    const int columns = (n == 2 || n == 4) ? 2 : 3;
    const int side = std::min(kMaxCell, (inner - (columns - 1) * kCellGap) / columns);
    for (int i = 0; i < n; ++i)
        cells.append(QRect(left + (i % columns) * (side + kCellGap), top + (i / columns) * (side + kCellGap), side, side));
    return cells;
}

} // namespace

struct FeedDelegate::Layout {
    int height = 0;
    QRect card;
    QRect avatar;
    QRect name;
    QRect meta;
    QRect title;
    QRect text;
    QString textKey;
    QRect original;
    QRect originalText;
    QString originalKey;
    QList<QRect> pictures;
    QRect actions;
    QRect like;
    QRect comment;
    QRect repost;
    QRect comments;
    QList<QRect> commentRects;
    QStringList commentKeys;
    QRect reply;
};

FeedDelegate::FeedDelegate(QAbstractItemView *view, FeedPictures &pictures)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_pictures(pictures)
    , m_layouts(3000)
    , m_documents(600)
{
    // Before the view: a row with an open reply box would only focus the box (QAbstractItemView::edit).
    m_viewport->installEventFilter(this);
}

FeedDelegate::~FeedDelegate() = default;

int FeedDelegate::viewWidth() const
{
    const int width = m_view->viewport()->width();
    return width <= 2 * (kMargin + kPadding) + kAvatar ? 480 : width;
}

QTextDocument *FeedDelegate::document(const QString &key, const QFont &font, int width,
                                      const std::function<void(QTextDocument &)> &fill) const
{
    if (QTextDocument *cached = m_documents.object(key))
        return cached;
    auto *document = new InertTextDocument;
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    fill(*document);
    document->setTextWidth(width);
    m_documents.insert(key, document);
    return document;
}

const FeedDelegate::Layout &FeedDelegate::layout(const QModelIndex &index, const QFont &font, int width) const
{
    const QString version = index.data(Model::VersionRole).toString();
    const QString key = version + QLatin1Char('/') + QString::number(width) + QLatin1Char('/') + font.key();
    if (const Layout *cached = m_layouts.object(key)) {
        // Documents are fewer than layouts in the caches: lay out again what lost its text.
        const auto kept = [this](const QString &documentKey) { return documentKey.isEmpty() || m_documents.contains(documentKey); };
        if (kept(cached->textKey) && kept(cached->originalKey) && std::all_of(cached->commentKeys.cbegin(), cached->commentKeys.cend(), kept))
            return *cached;
        m_layouts.remove(key);
    }

    auto *g = new Layout;
    const int cardWidth = std::min(width - 2 * kMargin, kMaxCardWidth);
    const int inner = cardWidth - 2 * kPadding;
    const int cardLeft = std::max(kMargin, (width - cardWidth) / 2);
    const int left = cardLeft + kPadding;
    const QFontMetrics nameMetrics(scaled(font, 1.05, QFont::DemiBold));
    const QFontMetrics metaMetrics(scaled(font, 0.88));
    const QFontMetrics titleMetrics(scaled(font, 1.15, QFont::Bold));
    const QString kind = index.data(Model::KindRole).toString();

    int y = kMargin + kPadding;
    g->avatar = QRect(left, y, kAvatar, kAvatar);
    const int textLeft = left + kAvatar + 12;
    const int headerText = nameMetrics.height() + 4 + metaMetrics.height();
    const int headerTop = y + std::max(0, (kAvatar - headerText) / 2);
    g->name = QRect(textLeft, headerTop, left + inner - textLeft, nameMetrics.height());
    g->meta = QRect(textLeft, g->name.bottom() + 5, g->name.width(), metaMetrics.height());
    y += std::max(kAvatar, headerText) + kGap + 2;

    const QString title = index.data(Model::TitleRole).toString();
    if (!title.isEmpty()) {
        g->title = QRect(left, y, inner, titleMetrics.height());
        y += titleMetrics.height() + 6;
    }

    const QString body = kind == u"diary" ? index.data(Model::LeadRole).toString() : index.data(Model::TextRole).toString();
    if (!body.trimmed().isEmpty()) {
        g->textKey = key + QStringLiteral("/text");
        const QFont textFont = scaled(font, kind == u"diary" ? 1.0 : 1.06);
        QTextDocument *doc = document(g->textKey, textFont, inner, [&](QTextDocument &d) {
            if (kind == u"diary") {
                d.setMarkdown(body, kSafeMarkdown);
                decorateMarkdown(d, MarkdownLook::Preview);
            } else {
                d.setPlainText(body);
            }
        });
        const int height = std::min(int(std::ceil(doc->size().height())), kind == u"diary" ? kMaxDiaryHeight : kMaxTextHeight);
        g->text = QRect(left, y, inner, height);
        y += height + kGap;
    }

    if (kind == u"repost") {
        const QString originalKind = index.data(Model::OriginalKindRole).toString();
        g->originalKey = key + QStringLiteral("/original");
        QTextDocument *doc = document(g->originalKey, font, inner - 24, [&](QTextDocument &d) {
            if (originalKind.isEmpty()) {
                d.setPlainText(tr("The original is no longer there for you to see."));
            } else {
                d.setHtml(QStringLiteral("<b>@%1</b>: %2").arg(index.data(Model::OriginalAuthorRole).toString().toHtmlEscaped(),
                                                                 index.data(Model::OriginalTextRole).toString().toHtmlEscaped()));
            }
        });
        const int height = std::min(int(std::ceil(doc->size().height())), kMaxDiaryHeight);
        g->original = QRect(left, y, inner, height + 20);
        g->originalText = QRect(left + 12, y + 10, inner - 24, height);
        y += g->original.height() + kGap;
    }

    g->pictures = pictureCells(index.data(Model::PicturesRole).toList(), left, y, inner);
    if (!g->pictures.isEmpty()) {
        int bottom = 0;
        for (const QRect &cell : std::as_const(g->pictures))
            bottom = std::max(bottom, cell.bottom());
        y = bottom + 1 + kGap;
    }

    g->actions = QRect(left, y, inner, kActionsHeight);
    const int third = inner / 3;
    g->like = QRect(left, y, third, kActionsHeight);
    g->comment = QRect(left + third, y, third, kActionsHeight);
    g->repost = QRect(left + 2 * third, y, inner - 2 * third, kActionsHeight);
    y += kActionsHeight;

    if (index.data(Model::CommentsExpandedRole).toBool()) {
        const int top = y + 4;
        int cy = top + 10;
        const QVariantList comments = index.data(Model::CommentsRole).toList();
        const QFont commentFont = scaled(font, 0.95);
        for (int i = 0; i < comments.size(); ++i) {
            const FeedComment comment = comments.at(i).value<FeedComment>();
            const QString commentKey = key + QStringLiteral("/comment/") + QString::number(i);
            QTextDocument *doc = document(commentKey, commentFont, inner - 24, [&](QTextDocument &d) {
                QString html = QStringLiteral("<b>%1</b>").arg(personName(comment.author).toHtmlEscaped());
                if (!comment.replyTo.isEmpty())
                    html += QStringLiteral(" ") + tr("replied").toHtmlEscaped();
                html += QStringLiteral(": ") + comment.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
                if (comment.pending)
                    html += QStringLiteral(" <i>(%1)</i>").arg(tr("not yet synced").toHtmlEscaped());
                d.setHtml(html);
            });
            const int height = int(std::ceil(doc->size().height()));
            g->commentRects.append(QRect(left + 12, cy, inner - 24, height));
            g->commentKeys.append(commentKey);
            cy += height + 6;
        }
        if (comments.isEmpty()) {
            g->commentRects.append(QRect(left + 12, cy, inner - 24, metaMetrics.height()));
            g->commentKeys.append(QString());
            cy += metaMetrics.height() + 6;
        }
        g->reply = QRect(left + 12, cy + 2, inner - 24, kReplyHeight);
        cy = g->reply.bottom() + 1 + 10;
        g->comments = QRect(left, top, inner, cy - top);
        y = cy + 6;
    }

    y += kPadding - 6;
    g->card = QRect(cardLeft, kMargin, cardWidth, y - kMargin);
    g->height = y + kMargin;
    m_layouts.insert(key, g);
    return *g;
}

QSize FeedDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth();
    if (width != m_heightsWidth || option.font != m_heightsFont) {
        m_heights.clear();
        m_heightsWidth = width;
        m_heightsFont = option.font;
    }
    const QString version = index.data(Model::VersionRole).toString();
    if (const auto known = m_heights.constFind(version); known != m_heights.cend())
        return {width, *known};
    const int height = layout(index, option.font, width).height;
    if (m_heights.size() > 2 * qsizetype(index.model()->rowCount()) + 4096)
        m_heights.clear(); // versions of entries long changed
    m_heights.insert(version, height);
    return {width, height};
}

void FeedDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout &g = layout(index, option.font, option.rect.width());
    const QPalette &palette = option.palette;
    const QColor ink = palette.color(QPalette::Text);
    const QColor muted = mixColors(ink, palette.color(QPalette::Base), 0.45);
    const QColor line = mixColors(palette.color(QPalette::Mid), palette.color(QPalette::Base), 0.55);
    const QColor accent = palette.color(QPalette::Highlight);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    // The card, with a soft shadow under it.
    QPainterPath card;
    card.addRoundedRect(QRectF(g.card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter->fillPath(card.translated(0, 1.5), mixColors(palette.color(QPalette::Window), palette.color(QPalette::Shadow), 0.08));
    painter->fillPath(card, palette.color(QPalette::Base));
    const bool current = (option.state & QStyle::State_HasFocus) && m_view->hasFocus();
    painter->setPen(QPen(current ? mixColors(accent, palette.color(QPalette::Base), 0.4) : line, 1));
    painter->drawPath(card);

    // Avatar: the picture when there is one, else the initial on a colour of its own.
    const QString author = index.data(Model::AuthorDisplayNameRole).toString();
    paintAvatar(*painter, g.avatar, author, index.data(Model::AuthorUsernameRole).toString(), palette,
                m_pictures.avatar(index.data(Model::AvatarMediaIdRole).toString(), int(std::ceil(kAvatar * ratio))));

    // Name, and what they did.
    const QFont nameFont = scaled(option.font, 1.05, QFont::DemiBold);
    const QFontMetrics nameMetrics(nameFont);
    const QString shownName = nameMetrics.elidedText(author, Qt::ElideRight, g.name.width() * 2 / 3);
    painter->setFont(nameFont);
    painter->setPen(ink);
    painter->drawText(g.name, Qt::AlignLeft | Qt::AlignVCenter, shownName);
    const int afterName = g.name.left() + nameMetrics.horizontalAdvance(shownName) + 8;
    const QFont metaFont = scaled(option.font, 0.88);
    const QFontMetrics metaMetrics(metaFont);
    painter->setFont(scaled(option.font, 0.95));
    painter->setPen(muted);
    painter->drawText(QRect(afterName, g.name.top(), g.name.right() - afterName, g.name.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font()).elidedText(kindWords(index), Qt::ElideRight, g.name.right() - afterName));

    // When, to whom, and whether the server has it yet.
    painter->setFont(metaFont);
    QString meta = relativeTime(index.data(Model::TimeRole).toDateTime(), QDateTime::currentDateTimeUtc());
    const QString metaText = metaMetrics.elidedText(meta, Qt::ElideRight, g.meta.width() / 2);
    painter->drawText(g.meta, Qt::AlignLeft | Qt::AlignVCenter, metaText);
    int x = g.meta.left() + metaMetrics.horizontalAdvance(metaText) + 8;
    const int iconSize = g.meta.height() - 2;
    const auto visibility = kj::Visibility(index.data(Model::VisibilityRole).toInt());
    audienceIcon(visibility).paint(painter, QRect(x, g.meta.top() + 1, iconSize, iconSize));
    x += iconSize + 4;
    painter->drawText(QRect(x, g.meta.top(), g.meta.right() - x, g.meta.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      audienceName(visibility));
    x += metaMetrics.horizontalAdvance(audienceName(visibility)) + 10;
    if (index.data(Model::PendingRole).toBool()) {
        const QString pending = tr("not yet synced");
        const QRect badge(x, g.meta.top() - 1, metaMetrics.horizontalAdvance(pending) + iconSize + 14, g.meta.height() + 2);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
        painter->fillPath(pill, mixColors(accent, palette.color(QPalette::Base), 0.85));
        icon(QStringLiteral("pending")).paint(painter, QRect(badge.left() + 5, g.meta.top() + 1, iconSize, iconSize));
        painter->setPen(mixColors(accent, ink, 0.35));
        painter->drawText(badge.adjusted(iconSize + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, pending);
    }

    if (g.title.isValid()) {
        const QFont titleFont = scaled(option.font, 1.15, QFont::Bold);
        painter->setFont(titleFont);
        painter->setPen(ink);
        QString title = index.data(Model::TitleRole).toString();
        if (index.data(Model::KindRole).toString() == u"track")
            title = QStringLiteral("♪ ") + title;
        painter->drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, g.title.width()));
    }

    const auto drawDocument = [&](const QString &key, const QRect &rect, const QColor &colour) {
        QTextDocument *doc = m_documents.object(key);
        if (!doc)
            return; // layout() keeps every document of a row it gives
        painter->save();
        painter->translate(rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, colour);
        context.clip = QRectF(0, 0, rect.width(), rect.height());
        painter->setClipRect(context.clip);
        doc->documentLayout()->draw(painter, context);
        painter->restore();
    };
    if (g.text.isValid())
        drawDocument(g.textKey, g.text, ink);

    if (g.original.isValid()) {
        QPainterPath box;
        box.addRoundedRect(QRectF(g.original), 6, 6);
        painter->fillPath(box, mixColors(palette.color(QPalette::Base), palette.color(QPalette::Window), 0.7));
        painter->fillRect(QRect(g.original.left(), g.original.top() + 6, 3, g.original.height() - 12), mixColors(accent, palette.color(QPalette::Base), 0.3));
        drawDocument(g.originalKey, g.originalText, mixColors(ink, palette.color(QPalette::Base), 0.15));
    }

    // Pictures: loaded off this thread; a quiet placeholder until they are here.
    const QVariantList pictures = index.data(Model::PicturesRole).toList();
    const int pictureCount = index.data(Model::PictureCountRole).toInt();
    for (int i = 0; i < g.pictures.size() && i < pictures.size(); ++i) {
        const QRect &cell = g.pictures.at(i);
        QPainterPath rounded;
        rounded.addRoundedRect(QRectF(cell), 4, 4);
        QPixmap pixmap = m_pictures.picture(pictures.at(i).value<FeedPicture>(),
                                            QSize(int(std::ceil(cell.width() * ratio)), int(std::ceil(cell.height() * ratio))));
        painter->save();
        painter->setClipPath(rounded);
        if (pixmap.isNull()) {
            painter->fillRect(cell, mixColors(palette.color(QPalette::Base), palette.color(QPalette::Window), 0.9));
            const int side = std::min(28, cell.width() / 3);
            icon(QStringLiteral("photo")).paint(painter, QRect(cell.center() - QPoint(side / 2, side / 2), QSize(side, side)),
                                                Qt::AlignCenter, QIcon::Disabled);
        } else {
            painter->drawPixmap(cell, pixmap);
        }
        if (i == g.pictures.size() - 1 && pictureCount > int(g.pictures.size())) {
            QColor veil = palette.color(QPalette::Shadow);
            veil.setAlphaF(0.45f);
            painter->fillRect(cell, veil);
            painter->setPen(palette.color(QPalette::HighlightedText));
            painter->setFont(scaled(option.font, 1.4, QFont::Bold));
            painter->drawText(cell, Qt::AlignCenter, QStringLiteral("+%1").arg(pictureCount - int(g.pictures.size()) + 1));
        }
        painter->restore();
    }

    // Actions with their counts.
    painter->setPen(QPen(line, 1));
    painter->drawLine(g.actions.topLeft() + QPoint(0, 0), g.actions.topRight());
    const bool liked = index.data(Model::LikedByMeRole).toBool();
    const int likes = index.data(Model::LikeCountRole).toInt();
    const int comments = index.data(Model::CommentCountRole).toInt();
    const bool expanded = index.data(Model::CommentsExpandedRole).toBool();
    const QFont actionFont = scaled(option.font, 0.95, QFont::Medium);
    painter->setFont(actionFont);
    const QFontMetrics actionMetrics(actionFont);
    const auto drawAction = [&](const QRect &rect, const QString &iconName, const QString &text, bool active) {
        const int iconSide = 18;
        const int width = iconSide + 6 + actionMetrics.horizontalAdvance(text);
        const QPoint start(rect.center().x() - width / 2, rect.center().y() - iconSide / 2 + 1);
        icon(iconName).paint(painter, QRect(start, QSize(iconSide, iconSide)));
        painter->setPen(active ? mixColors(accent, ink, 0.35) : muted);
        painter->drawText(QRect(start.x() + iconSide + 6, rect.top(), width, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    drawAction(g.like, liked ? QStringLiteral("liked") : QStringLiteral("like"), likes > 0 ? QString::number(likes) : tr("Like"), liked);
    drawAction(g.comment, QStringLiteral("comment"), comments > 0 ? tr("%n comment(s)", nullptr, comments) : tr("Comment"), expanded);
    drawAction(g.repost, QStringLiteral("repost"), tr("Repost"), false);

    if (g.comments.isValid()) {
        QPainterPath panel;
        panel.addRoundedRect(QRectF(g.comments), 8, 8);
        painter->fillPath(panel, mixColors(palette.color(QPalette::Base), palette.color(QPalette::Window), 0.6));
        for (int i = 0; i < g.commentRects.size(); ++i) {
            if (g.commentKeys.at(i).isEmpty()) {
                painter->setFont(metaFont);
                painter->setPen(muted);
                painter->drawText(g.commentRects.at(i), Qt::AlignLeft | Qt::AlignVCenter, tr("No comments yet. Say something!"));
            } else {
                drawDocument(g.commentKeys.at(i), g.commentRects.at(i), ink);
            }
        }
    }
    painter->restore();
}

QStyleOptionViewItem FeedDelegate::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.font = m_view->font();
    option.rect = m_view->visualRect(index);
    return option;
}

QRect FeedDelegate::hitRect(const QModelIndex &index, Hit hit, int picture) const
{
    if (!index.isValid())
        return {};
    const QStyleOptionViewItem option = optionFor(index);
    if (option.rect.isEmpty())
        return {};
    const Layout &g = layout(index, option.font, option.rect.width());
    QRect rect;
    switch (hit) {
    case Hit::Like: rect = g.like; break;
    case Hit::Comment: rect = g.comment; break;
    case Hit::Repost: rect = g.repost; break;
    case Hit::Original: rect = g.original; break;
    case Hit::Picture: rect = g.pictures.value(picture); break;
    case Hit::None: break;
    }
    return rect.isEmpty() ? QRect() : rect.translated(option.rect.topLeft());
}

FeedDelegate::Hit FeedDelegate::hitAt(const QModelIndex &index, QPoint pos, int *picture) const
{
    if (!index.isValid())
        return Hit::None;
    const QStyleOptionViewItem option = optionFor(index);
    const Layout &g = layout(index, option.font, option.rect.width());
    const QPoint p = pos - option.rect.topLeft();
    for (int i = 0; i < g.pictures.size(); ++i) {
        if (g.pictures.at(i).contains(p)) {
            if (picture)
                *picture = i;
            return Hit::Picture;
        }
    }
    if (g.like.contains(p))
        return Hit::Like;
    if (g.comment.contains(p))
        return Hit::Comment;
    if (g.repost.contains(p))
        return Hit::Repost;
    if (g.original.contains(p))
        return Hit::Original;
    return Hit::None;
}

bool FeedDelegate::mouseEvent(QMouseEvent *mouse)
{
    const auto type = mouse->type();
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QPoint pos = mouse->position().toPoint();
    const QModelIndex index = m_view->indexAt(pos);
    int picture = -1;
    const Hit hit = hitAt(index, pos, &picture);
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick) {
        m_pressed = hit == Hit::None ? QPersistentModelIndex() : QPersistentModelIndex(index);
        m_pressedHit = hit;
        m_pressedPicture = picture;
        return hit != Hit::None;
    }
    // Release: an action happens where it was pressed and let go.
    const bool same = m_pressed.isValid() && m_pressed == index && m_pressedHit == hit && m_pressedPicture == picture;
    const bool wasPressed = m_pressed.isValid();
    m_pressed = QPersistentModelIndex();
    if (!same)
        return wasPressed;
    switch (hit) {
    case Hit::Like: Q_EMIT likeClicked(index); break;
    case Hit::Comment: Q_EMIT commentsClicked(index); break;
    case Hit::Repost: Q_EMIT repostClicked(index); break;
    case Hit::Picture: Q_EMIT pictureClicked(index, picture); break;
    case Hit::Original:
    case Hit::None: break;
    }
    return true;
}

QWidget *FeedDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("commentEdit"));
    describeReplyBox(edit);
    edit->setClearButtonEnabled(true);
    edit->setProperty(kRowProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    return edit;
}

void FeedDelegate::describeReplyBox(QLineEdit *edit)
{
    edit->setPlaceholderText(tr("Write a comment, then press Enter…"));
    edit->setAccessibleName(tr("Your comment"));
    edit->setToolTip(tr("Press Enter to send; it is saved here first and sent when the server can be reached"));
}

bool FeedDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (object == m_viewport) {
        const auto type = event->type();
        if (type == QEvent::LanguageChange) {
            // The cards were laid out in the old language's words ("not yet synced", a gone original): anew.
            m_layouts.clear();
            m_documents.clear();
            m_heights.clear();
            if (const QAbstractItemModel *model = m_view->model(); model && model->rowCount() > 0)
                Q_EMIT sizeHintChanged(model->index(0, 0));
            return false;
        }
        if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick)
            return mouseEvent(static_cast<QMouseEvent *>(event));
        return false;
    }
    if (!edit || !edit->property(kRowProperty).isValid())
        return QStyledItemDelegate::eventFilter(object, event);
    if (event->type() == QEvent::LanguageChange) {
        describeReplyBox(edit);
        return false;
    }
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const auto row = edit->property(kRowProperty).value<QPersistentModelIndex>();
            if (row.isValid() && !edit->text().trimmed().isEmpty())
                Q_EMIT commentSubmitted(row, edit->text());
            return true;
        }
        if (key == Qt::Key_Escape) {
            edit->clear();
            return true;
        }
    }
    // Not an editor of the model's data: nothing to commit when it loses focus.
    return false;
}

void FeedDelegate::setEditorData(QWidget *, const QModelIndex &) const
{
    // The reply box keeps what is typed while the entry is read again.
}

void FeedDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Comments are sent with Enter (commentSubmitted), never by leaving the box.
}

void FeedDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout &g = layout(index, option.font, option.rect.width());
    editor->setGeometry(g.reply.isValid() ? g.reply.translated(option.rect.topLeft()) : QRect());
}

} // namespace kj::ui
