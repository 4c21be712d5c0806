#pragma once

#include <QCache>
#include <QFont>
#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QLineEdit;
class QMouseEvent;
class QTextDocument;

namespace kj::ui {

class FeedPictures;

//! Paints an entry of the friends' feed as a card (kj::models::FeedModel roles): the author's avatar (or a
//! coloured initial), name, when and to whom, a diary's title and opening or the text of a 说说, what a repost
//! passes on, up to nine pictures (one large, or 2×2 / 3×3), and a row of actions with counts: like, comment,
//! repost. An entry whose comments are expanded grows to show them and a reply box (a persistent editor).
//! Paints only; no widget per row. Layouts are cached per entry version and width, so painting lays out
//! nothing again. Clicks on the actions come out as signals (hit-tested on the viewport before the view sees
//! them, as a row with an open reply box takes no delegate events); their rects are public for tests.
class FeedDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Hit { None, Like, Comment, Repost, Picture, Original };

    //! `view` tells the width cards are laid out to; `pictures` gives the avatars and thumbnails.
    FeedDelegate(QAbstractItemView *view, FeedPictures &pictures);
    ~FeedDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The reply box under expanded comments.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! Where on the view's viewport an action of the row at `index` is (`picture`: which one, for Hit::Picture);
    //! empty when the row has no such thing or is not laid out.
    [[nodiscard]] QRect hitRect(const QModelIndex &index, Hit hit, int picture = 0) const;
    //! What is under `pos` (viewport coordinates) in the row at `index`; `picture` gets which picture.
    [[nodiscard]] Hit hitAt(const QModelIndex &index, QPoint pos, int *picture = nullptr) const;

protected:
    //! Clicks on the view's viewport (the actions); the reply box sends with Enter and clears with Escape, and is
    //! never committed or closed like an editor.
    bool eventFilter(QObject *object, QEvent *event) override;

Q_SIGNALS:
    void likeClicked(const QModelIndex &index);
    //! The comment count: show or hide the comments.
    void commentsClicked(const QModelIndex &index);
    void repostClicked(const QModelIndex &index);
    void pictureClicked(const QModelIndex &index, int picture);
    //! Enter in the reply box of an expanded entry.
    void commentSubmitted(const QModelIndex &index, const QString &text);

private:
    struct Layout;
    [[nodiscard]] const Layout &layout(const QModelIndex &index, const QFont &font, int width) const;
    [[nodiscard]] QTextDocument *document(const QString &key, const QFont &font, int width,
                                          const std::function<void(QTextDocument &)> &fill) const;
    [[nodiscard]] int viewWidth() const;
    [[nodiscard]] QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    [[nodiscard]] bool mouseEvent(QMouseEvent *event);
    //! The reply box's words, in the language now installed.
    static void describeReplyBox(QLineEdit *edit);

    QAbstractItemView *m_view;
    // Kept, not asked of m_view: while the view is being destroyed its viewport still sends events here.
    QWidget *m_viewport;
    FeedPictures &m_pictures;
    mutable QCache<QString, Layout> m_layouts;
    mutable QCache<QString, QTextDocument> m_documents;
    // sizeHint's answers by entry version, for the width and font they were measured at. The list lays out
    // every loaded row again after each page it fetches, so a row's height must not cost a layout (the
    // layout cache keeps only the few thousand rows painted last).
    mutable QHash<QString, int> m_heights;
    mutable int m_heightsWidth = -1;
    mutable QFont m_heightsFont;
    QPersistentModelIndex m_pressed;
    Hit m_pressedHit = Hit::None;
    int m_pressedPicture = -1;
};

} // namespace kj::ui
