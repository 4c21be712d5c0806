#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace kj::app {
class PhotoService;
}
namespace kj::models {
class PhotoListModel;
}

namespace kj::ui {

class ThumbnailLoader;
class ZoomView;

//! One photo large (decoded off the GUI thread), with zoom (Ctrl+wheel, + and -, fit, 100%), the previous and
//! next photo of its album (arrow keys, buttons), its caption (editable on my photos, saved offline first), what
//! the server knows of it (taken at, camera and exposure, size, uploaded at, audience), its likes and its comments.
class PhotoViewer : public QWidget
{
    Q_OBJECT

public:
    PhotoViewer(kj::app::PhotoService &service, ThumbnailLoader &thumbnails, kj::models::PhotoListModel &photos,
                QWidget *parent = nullptr);

    //! Shows the photo in `row` of the album's model.
    void showRow(int row);
    [[nodiscard]] int currentRow() const { return m_row; }
    [[nodiscard]] QString currentPhotoId() const { return m_photoId; }

    [[nodiscard]] ZoomView *zoomView() const { return m_view; }
    [[nodiscard]] QLineEdit *captionEdit() const { return m_caption; }
    [[nodiscard]] QPushButton *saveCaptionButton() const { return m_saveCaption; }
    [[nodiscard]] QLabel *factsLabel() const { return m_facts; }
    [[nodiscard]] QListWidget *commentList() const { return m_comments; }
    [[nodiscard]] QLineEdit *commentEdit() const { return m_commentEdit; }
    [[nodiscard]] QPushButton *likeButton() const { return m_like; }
    //! Where the back button (Esc) goes, for its tooltip and accessible name ("Back to the album (Esc)").
    void setBackText(const QString &text);
    //! Whether the picture of the current photo has been decoded and shown.
    [[nodiscard]] bool isPictureShown() const;

public Q_SLOTS:
    void showNext();
    void showPrevious();
    void saveCaption();
    void sendComment();
    void toggleLike();

Q_SIGNALS:
    //! Back to the album.
    void closeRequested();
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    //! The viewer's words in the language now installed; the shown photo's details again.
    void retranslate();
    void refreshDetails();
    void refreshComments();
    void refreshLikes();
    void updateNavigation();

    kj::app::PhotoService &m_service;
    ThumbnailLoader &m_thumbnails;
    kj::models::PhotoListModel &m_photos;
    int m_row = -1;
    QString m_photoId;
    quint64 m_loadSerial = 0;
    ZoomView *m_view = nullptr;
    QToolButton *m_back = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_actual = nullptr;
    QString m_backText; // setBackText()'s, else the album's
    QLabel *m_commentsTitle = nullptr;
    QLabel *m_captionText = nullptr;
    QLineEdit *m_caption = nullptr;
    QPushButton *m_saveCaption = nullptr;
    QLabel *m_facts = nullptr;
    QPushButton *m_like = nullptr;
    QListWidget *m_comments = nullptr;
    QLineEdit *m_commentEdit = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace kj::ui
