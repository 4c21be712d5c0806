#pragma once

#include "models/domain/audience.h"
#include "models/domain/diary.h"

#include <QTimer>
#include <optional>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;

namespace kj::app {
class DiaryService;
}
namespace kj::models {
class FriendGroupModel;
}

namespace kj::ui {

class AudiencePicker;
class BodyEdit;
class InlineImages;

//! Writes one of my diaries: a title, a formatted body kept as Markdown (bold, italic, headings of three
//! levels, bulleted and numbered lists, quotes, links, inline photos), a live word count, and an audience
//! (public, friends, some of my friend groups, only me). Saves into the local store through the DiaryService on Ctrl+S and by
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
    //! The visibility and, with Visibility::Groups, the ids of the groups chosen.
    [[nodiscard]] kj::Audience audience() const;
    void setAudience(const kj::Audience &audience);
    void setAutosaveDelay(int ms);
    //! Words in the body (CJK characters count one each, see countWords()).
    [[nodiscard]] int wordCount() const;

    //! My friend groups, offered as audiences (without it only public, friends and only me are).
    void setGroupModel(kj::models::FriendGroupModel *groups);
    //! Where inline photos are queued and shown from (without it "Insert photo" is disabled).
    void setInlineImages(InlineImages *images);

    //! Inserts a link at the cursor (replacing the selection); false when `url` is not http(s) or mailto.
    bool insertLink(const QString &text, const QUrl &url);
    //! Queues the picture at `path` for upload and shows it at the cursor; false (and says why) on failure.
    bool insertPhoto(const QString &path);

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
    //! Asks for a link's words and address (Ctrl+K) and inserts it.
    void askAndInsertLink();
    //! Asks for a picture file and inserts it.
    void askAndInsertPhoto();

Q_SIGNALS:
    void saved(const QString &id);
    void deleted(const QString &id);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    //! The editor's words in the language now installed.
    void retranslate();
    void buildFormatBar();
    void markModified();
    void setModified(bool modified);
    void setStatus(const QString &text, bool isError = false);
    void updateFormatActions();
    void updateButtons();
    void toggleBold(bool on);
    void toggleItalic(bool on);
    void toggleHeading(bool on);
    void setHeadingLevel(int level);
    void toggleList(bool on);
    void toggleNumberedList(bool on);
    void setListStyle(bool on, int style);
    void toggleQuote(bool on);
    void updateWordCount();

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
    QAction *m_numberedAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_photoAction = nullptr;
    QList<QAction *> m_headingLevels; // 0 (normal text) .. 3
    QList<QPair<QAction *, const char *>> m_formatSources; // each format action and its words, untranslated
    QLabel *m_audienceLabel = nullptr;
    QAction *m_quoteAction = nullptr;
    QAction *m_saveAction = nullptr;
    BodyEdit *m_body = nullptr;
    AudiencePicker *m_audience = nullptr;
    InlineImages *m_images = nullptr;
    QLabel *m_wordCount = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTimer m_autosave;
};

} // namespace kj::ui
