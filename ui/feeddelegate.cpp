#include "ui/feeddelegate.h"

#include "models/pageddiarymodel.h"
#include "ui/audience.h"
#include "ui/markdownview.h"
#include "ui/relativetime.h"
#include "ui/skin.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextDocument>
#include <algorithm>

namespace kj::ui {

namespace {

using Model = kj::models::PagedDiaryModel;

constexpr int kMargin = 8;        // around a card
constexpr int kPadding = 16;      // inside a card
constexpr int kAvatar = 36;
constexpr int kGap = 8;
constexpr int kMaxExcerptHeight = 170;
constexpr int kMaxCardWidth = 760;
const QColor kInk(0x3a, 0x31, 0x29);
const QColor kMuted(0x8a, 0x7e, 0x74);
const QColor kLine(0xe8, 0xdf, 0xd5);

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

// A warm colour per person, stable across runs, for the initial's circle.
QColor avatarColour(const QString &username)
{
    static const QColor palette[] = {QColor(0xe0, 0x7a, 0x1f), QColor(0xd0, 0x5a, 0x4e), QColor(0x5d, 0x9b, 0x84),
                                     QColor(0x6a, 0x84, 0xc4), QColor(0xb3, 0x6a, 0xb0), QColor(0xc9, 0x9a, 0x2e)};
    size_t hash = 0;
    for (const QChar c : username)
        hash = hash * 31 + c.unicode();
    return palette[hash % std::size(palette)];
}

} // namespace

struct FeedDelegate::Geometry {
    QRect card;
    QRect avatar;
    QRect name;
    QRect meta;
    QRect title;
    QRect excerpt;
};

FeedDelegate::FeedDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_documents(300)
{
}

FeedDelegate::~FeedDelegate() = default;

QTextDocument *FeedDelegate::excerptDocument(const QModelIndex &index, const QFont &font, int width) const
{
    const QString key = index.data(Model::IdRole).toString() + QLatin1Char('/')
        + QString::number(index.data(Model::RevisionRole).toLongLong()) + QLatin1Char('/')
        + index.data(Model::UpdatedAtRole).toDateTime().toString(Qt::ISODateWithMs) + QLatin1Char('/')
        + QString::number(width) + QLatin1Char('/') + font.toString();
    if (QTextDocument *cached = m_documents.object(key))
        return cached;
    auto *document = new InertTextDocument;
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMarkdown(index.data(Model::LeadRole).toString(), kSafeMarkdown);
    decorateMarkdown(*document, MarkdownLook::Preview);
    document->setTextWidth(width);
    m_documents.insert(key, document);
    return document;
}

FeedDelegate::Geometry FeedDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    Geometry g;
    const int cardWidth = std::min(width - 2 * kMargin, kMaxCardWidth);
    const int inner = cardWidth - 2 * kPadding;
    const QFontMetrics nameMetrics(scaled(option.font, 1.0, QFont::DemiBold));
    const QFontMetrics metaMetrics(scaled(option.font, 0.9));
    const QFontMetrics titleMetrics(scaled(option.font, 1.15, QFont::Bold));

    // Cards keep a readable width and sit in the middle of a wide window.
    const int cardLeft = option.rect.left() + std::max(kMargin, (width - cardWidth) / 2);
    const int left = cardLeft + kPadding;
    int y = option.rect.top() + kMargin + kPadding;
    g.avatar = QRect(left, y, kAvatar, kAvatar);
    const int textLeft = left + kAvatar + 10;
    const int headerText = nameMetrics.height() + 2 + metaMetrics.height();
    const int headerTop = y + std::max(0, (kAvatar - headerText) / 2);
    g.name = QRect(textLeft, headerTop, inner - kAvatar - 10, nameMetrics.height());
    g.meta = QRect(textLeft, g.name.bottom() + 3, g.name.width(), metaMetrics.height());
    y += std::max(kAvatar, headerText) + kGap + 4;

    if (!index.data(Model::TitleRole).toString().isEmpty()) {
        g.title = QRect(left, y, inner, titleMetrics.height());
        y += titleMetrics.height() + kGap;
    }
    const QTextDocument *document = excerptDocument(index, option.font, inner);
    const int excerptHeight = std::min(int(std::ceil(document->size().height())), kMaxExcerptHeight);
    g.excerpt = QRect(left, y, inner, excerptHeight);
    y += excerptHeight + kPadding;
    g.card = QRect(cardLeft, option.rect.top() + kMargin, cardWidth, y - option.rect.top() - kMargin);
    return g;
}

QSize FeedDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = m_view->viewport()->width();
    if (width <= 2 * (kMargin + kPadding) + kAvatar)
        width = 480;
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, width, 0);
    const Geometry g = layout(opt, index, width);
    return {width, g.card.height() + 2 * kMargin};
}

void FeedDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Geometry g = layout(option, index, option.rect.width());
    const bool selected = option.state & QStyle::State_Selected;

    QPainterPath card;
    card.addRoundedRect(QRectF(g.card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter->fillPath(card, Qt::white);
    painter->setPen(selected ? QColor(0xee, 0xbf, 0x8f) : kLine);
    painter->drawPath(card);

    // The author's initial in a circle.
    const QString author = index.data(Model::AuthorDisplayNameRole).toString();
    const QString username = index.data(Model::AuthorUsernameRole).toString();
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColour(username));
    painter->drawEllipse(g.avatar);
    painter->setPen(Qt::white);
    painter->setFont(scaled(option.font, 1.1, QFont::Bold));
    const QString initial = author.isEmpty() ? QString() : QString(author.at(0)).toUpper();
    painter->drawText(g.avatar, Qt::AlignCenter, initial.isEmpty() ? QStringLiteral("?") : initial);

    const QFont nameFont = scaled(option.font, 1.0, QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(kInk);
    painter->drawText(g.name, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(nameFont).elidedText(author, Qt::ElideRight, g.name.width()));

    const auto visibility = kj::Visibility(index.data(Model::VisibilityRole).toInt());
    const QFont metaFont = scaled(option.font, 0.9);
    painter->setFont(metaFont);
    painter->setPen(kMuted);
    QString meta = QLatin1Char('@') + username + QStringLiteral(" · ")
        + relativeTime(index.data(Model::CreatedAtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    if (index.data(Model::PendingRole).toBool())
        meta += QStringLiteral(" · ") + tr("not yet synced");
    const int iconSize = g.meta.height() - 2;
    const QFontMetrics metaMetrics(metaFont);
    const QString metaText = metaMetrics.elidedText(meta, Qt::ElideRight, g.meta.width() - iconSize - 8);
    painter->drawText(g.meta, Qt::AlignLeft | Qt::AlignVCenter, metaText);
    const int iconLeft = g.meta.left() + metaMetrics.horizontalAdvance(metaText) + 6;
    audienceIcon(visibility).paint(painter, QRect(iconLeft, g.meta.top() + 1, iconSize, iconSize));

    if (g.title.isValid()) {
        const QFont titleFont = scaled(option.font, 1.15, QFont::Bold);
        painter->setFont(titleFont);
        painter->setPen(kInk);
        painter->drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(titleFont).elidedText(index.data(Model::TitleRole).toString(), Qt::ElideRight, g.title.width()));
    }

    QTextDocument *document = excerptDocument(index, option.font, g.excerpt.width());
    painter->translate(g.excerpt.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, QColor(0x4a, 0x3f, 0x36));
    context.clip = QRectF(0, 0, g.excerpt.width(), g.excerpt.height());
    painter->setClipRect(context.clip);
    document->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace kj::ui
