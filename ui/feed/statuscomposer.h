#pragma once

#include "app/services/photoimport.h"
#include "models/domain/audience.h"

#include <QFrame>
#include <QList>
#include <QStringList>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace kj::app {
class FeedService;
}

namespace kj::ui {

class AudiencePicker;
class FeedPictures;

//! The 说说 composer at the top of the feed: a text (its characters counted against the limit), an audience
//! and up to nine photos (chosen, or dropped onto it), posted with Ctrl+Enter. Saved here first through
//! FeedService::postStatus (the photos queued for upload before it), so it works offline and shows in the
//! feed at once, pending until synced.
class StatusComposer : public QFrame
{
    Q_OBJECT

public:
    StatusComposer(kj::app::FeedService &service, FeedPictures &pictures, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] QPushButton *postButton() const { return m_post; }
    [[nodiscard]] AudiencePicker *audiencePicker() const { return m_audience; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    //! The photos chosen so far, in the order they will show.
    [[nodiscard]] QStringList photos() const { return m_photos; }
    //! Whether the chosen photos are being read before the 说说 is saved.
    [[nodiscard]] bool isPreparing() const { return m_preparing; }

public Q_SLOTS:
    //! Adds picture files (past nine, the rest are left out and the composer says so).
    void addPhotos(const QStringList &paths);
    void removePhoto(int index);
    //! Opens the file chooser for photos.
    void choosePhotos();
    //! Posts what is written. With photos, they are first checked and hashed off the GUI thread (the button
    //! says "Preparing…"), and posted() comes later. False (and the reason shown) when it cannot be saved.
    bool post();
    //! Puts the cursor in the text.
    void focusText();

Q_SIGNALS:
    //! A 说说 was saved here (id: the new 说说's).
    void posted(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    //! The composer's words in the language now installed.
    void retranslate();
    void updateState();
    void updatePhotoIcons();
    void showError(const QString &text);
    bool save(const QString &text, const kj::Audience &audience, const QList<kj::app::PhotoImportFile> &photos);
    void setPreparing(bool preparing);

    kj::app::FeedService &m_service;
    FeedPictures &m_pictures;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QListWidget *m_photoStrip = nullptr;
    QToolButton *m_addPhotos = nullptr;
    AudiencePicker *m_audience = nullptr;
    QPushButton *m_post = nullptr;
    QLabel *m_error = nullptr;
    QStringList m_photos;
    bool m_preparing = false;
};

} // namespace kj::ui
