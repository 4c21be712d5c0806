#pragma once

#include <QStyledItemDelegate>
#include <functional>

namespace kj::ui {

//! One track in the music lists: a note (a play mark for the track playing), the title over the artist,
//! the length, and whether it waits for the server ("Uploading 40%", "Not synced yet").
class TrackDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    //! The id of the track playing now (empty: none).
    using CurrentTrack = std::function<QString()>;
    //! How much of a track's file is uploaded (0..1), -1 when it is not being sent.
    using UploadProgress = std::function<double(const QString &trackId)>;

    TrackDelegate(CurrentTrack current, UploadProgress progress, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The words of a row's state: "Uploading 40%", "Waiting to upload", "Not synced yet", or empty.
    [[nodiscard]] QString stateText(const QModelIndex &index) const;

private:
    CurrentTrack m_current;
    UploadProgress m_progress;
};

} // namespace kj::ui
