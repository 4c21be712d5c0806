#pragma once

#include "models/domain/result.h"

#include <QFrame>
#include <memory>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace kj::app {
class PhotoService;
}
namespace kj::models {
class UploadListModel;
}

namespace kj::ui {

class ElidedLabel;

//! The files on their way to the server: each with its progress bar, all together with one, and pause, resume
//! and cancel for the selected file and for all. Shown while anything is queued; what is queued survives a
//! restart and goes on where it stopped.
class UploadPanel : public QFrame
{
    Q_OBJECT

public:
    explicit UploadPanel(kj::app::PhotoService &service, QWidget *parent = nullptr);
    ~UploadPanel() override;

    [[nodiscard]] kj::models::UploadListModel &model() const { return *m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QProgressBar *overallBar() const { return m_overall; }

public Q_SLOTS:
    //! Reads the queue again.
    void refresh();
    //! Pauses, resumes or cancels the file that becomes photo `id`.
    void pauseFile(const QString &id);
    void resumeFile(const QString &id);
    void cancelFile(const QString &id);
    void pauseAll();
    void resumeAll();
    void cancelAll();

Q_SIGNALS:
    //! Something went wrong, in plain words.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void updateOverall();
    [[nodiscard]] QString currentId() const;
    void report(const kj::Status &status);

    kj::app::PhotoService &m_service;
    std::unique_ptr<kj::models::UploadListModel> m_model;
    QLabel *m_title = nullptr;
    ElidedLabel *m_summary = nullptr;
    QProgressBar *m_overall = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_pauseAll = nullptr;
    QPushButton *m_resumeAll = nullptr;
    QPushButton *m_cancelAll = nullptr;
};

} // namespace kj::ui
