#pragma once

#include "models/domain/diary.h"

#include <QTimer>
#include <optional>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;

namespace kj::app {
class DiaryService;
}

namespace kj::ui {

class BodyEdit;

//! Writes one of my diaries: a title, a formatted body kept as Markdown (bold, italic, heading, bulleted
//! list, quote), and an audience. Saves into the local store through the DiaryService on Ctrl+S and by
//! itself shortly after typing stops, so nothing is lost on a crash; works the same with the server down.
class DiaryEditor : public QWidget
{
    Q_OBJECT

public:
    //! Pause after the last keystroke before the editor saves by itself.
    static constexpr int kAutosaveDelayMs = 1500;

    explicit DiaryEditor(kj::app::DiaryService &service, QWidget *parent = nullptr);
    ~DiaryEditor() override;

    //! Shows `diary` for editing (the current one should be saved first, see save()).
    void openDiary(const kj::Diary &diary);
    //! An empty editor; the first save creates the diary.
    void startNew();

    //! Empty while a new diary has not been saved yet.
    [[nodiscard]] QString diaryId() const { return m_id; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString markdown() const;
    [[nodiscard]] kj::Visibility visibility() const;
    void setAutosaveDelay(int ms);

    //! The open diary as the store holds it now (sync may have changed it underneath: a conflict kept
    //! both texts, or another device's edit arrived). Without unsaved typing the editor shows it; with
    //! some, the next save keeps both texts, marked, so no word is lost.
    void noteStoredVersion(const kj::Diary &stored);

public Q_SLOTS:
    //! Saves when there is something to save; gives false (and shows why) when the store refused.
    bool save();
    //! Asks, then deletes the diary.
    void confirmAndDelete();
    //! Deletes without asking.
    bool deleteDiary();

Q_SIGNALS:
    void saved(const QString &id);
    void deleted(const QString &id);
    void modifiedChanged(bool modified);

private:
    void buildFormatBar();
    void markModified();
    void setModified(bool modified);
    void setStatus(const QString &text, bool isError = false);
    void updateFormatActions();
    void updateButtons();
    void toggleBold(bool on);
    void toggleItalic(bool on);
    void toggleHeading(bool on);
    void toggleList(bool on);
    void toggleQuote(bool on);

    kj::app::DiaryService &m_service;
    QString m_id;
    kj::Diary m_base;                     // what the editor last loaded or saved
    std::optional<kj::Diary> m_underneath; // a different stored version met while typing
    bool m_modified = false;
    bool m_loading = false;
    bool m_saving = false; // our own write echoes back through the model: not a change underneath
    QLineEdit *m_titleEdit = nullptr;
    QToolBar *m_formatBar = nullptr;
    QAction *m_boldAction = nullptr;
    QAction *m_italicAction = nullptr;
    QAction *m_headingAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_quoteAction = nullptr;
    QAction *m_saveAction = nullptr;
    BodyEdit *m_body = nullptr;
    QComboBox *m_audience = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTimer m_autosave;
};

} // namespace kj::ui
