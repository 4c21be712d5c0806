#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QTextEdit;

namespace kj::app {
class DiaryPhotoService;
}

namespace kj::ui {

//! The pictures a diary's Markdown names (`kongjian-media:` on the server, `kongjian-upload:` still on this
//! machine), decoded off the GUI thread and scaled to a reading width, for the editor and the viewers. A
//! picture is asked for with image(); a null answer means "not yet": imageReady() follows when it is.
class InlineImages : public QObject
{
    Q_OBJECT

public:
    //! The widest a picture is shown in a diary, in device-independent pixels.
    static constexpr int kMaxWidth = 480;

    //! `photos` must outlive this object.
    explicit InlineImages(kj::app::DiaryPhotoService &photos, QObject *parent = nullptr);

    //! Whether `url` is a picture this object can show.
    [[nodiscard]] static bool handles(const QUrl &url);
    //! The picture, once decoded; otherwise starts loading it (once) and gives a null image.
    [[nodiscard]] QImage image(const QUrl &url);
    [[nodiscard]] kj::app::DiaryPhotoService &photos() const { return m_photos; }

Q_SIGNALS:
    void imageReady(const QUrl &url);
    //! The picture could not be read (the file is gone, the server does not have it ...).
    void imageFailed(const QUrl &url);

private:
    void decode(const QUrl &url, const QByteArray &bytes, const QString &path);
    void finish(const QUrl &url, const QImage &image);

    kj::app::DiaryPhotoService &m_photos;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_loading;
};

//! Hooks a text document up to InlineImages: the document asks `images` for each picture it lays out and is
//! laid out again as each one arrives. For a QTextEdit / QTextBrowser whose loadResource() calls
//! InlineImages::image().
void followInlineImages(InlineImages &images, QTextEdit &view);

} // namespace kj::ui
