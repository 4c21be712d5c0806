#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace kj::app {
class DiaryService;
}
namespace kj::models {
class DiaryListModel;
}

namespace kj::ui {

class DiaryEditor;

//! "My diaries": the list of my diaries beside the editor. Picking another diary saves the one being
//! edited first, so switching never loses words.
class DiariesPage : public QWidget
{
    Q_OBJECT

public:
    DiariesPage(kj::models::DiaryListModel &model, kj::app::DiaryService &service, QWidget *parent = nullptr);

    [[nodiscard]] DiaryEditor *editor() const { return m_editor; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

public Q_SLOTS:
    //! Saves what is being edited and starts a new diary.
    void newDiary();
    //! Opens diary `id` in the editor (after saving the current one); false when it is not in the list.
    bool openDiary(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void selectDiary(const QString &id);
    void updateEmptyState();
    void selectFirstWhenIdle();

    kj::models::DiaryListModel &m_model;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_newButton = nullptr;
    DiaryEditor *m_editor = nullptr;
    // Until the user picks or starts something, the first diary to arrive (e.g. by the first sync) opens.
    bool m_openFirstArrival = false;
};

} // namespace kj::ui
