#pragma once

#include <QCache>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextDocument;

namespace kj::ui {

//! Paints a diary of the friends' feed as a card: the author's initial and name, when, the title and the
//! opening of the body rendered from Markdown (safely: raw HTML stays text). Paints only; no widget per
//! row. Laid-out excerpts are cached per diary revision and width. Reads kj::models::PagedDiaryModel roles.
class FeedDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    //! `view` tells the width cards are laid out to.
    explicit FeedDelegate(QAbstractItemView *view);
    ~FeedDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry;
    [[nodiscard]] Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    [[nodiscard]] QTextDocument *excerptDocument(const QModelIndex &index, const QFont &font, int width) const;

    QAbstractItemView *m_view;
    mutable QCache<QString, QTextDocument> m_documents;
};

} // namespace kj::ui
