#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kj::app {
class UploadPusher;
}
namespace kj::models {
class UploadTotals;
}

namespace kj::ui {

//! The uploads in the status bar: a small bar over all queued bytes and "Uploading 3 of 12…" while files go
//! up; "2 files waiting to upload" while they cannot; hidden when nothing is queued.
class UploadProgress : public QWidget
{
    Q_OBJECT

public:
    //! Both must outlive the widget.
    UploadProgress(kj::app::UploadPusher &uploads, kj::models::UploadTotals &totals, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] int percent() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onOverall(qint64 sent, qint64 total);
    void onFile(const QString &itemId, const QString &fileName, qint64 sent, qint64 total);
    void onUploaded();
    void refresh();

    kj::models::UploadTotals &m_totals;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    int m_done = 0;        // files uploaded since the queue was last empty
    bool m_active = false; // bytes are moving
    QString m_fileName;
};

} // namespace kj::ui
