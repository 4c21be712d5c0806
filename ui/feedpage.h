#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

namespace kj::models {
class FeedModel;
}

namespace kj::ui {

class DiaryViewer;

//! "Friends' feed": the diaries of my friends and mine as cards, newest first, loaded page by page as
//! the list scrolls. Double-click (or Enter) opens one to read.
class FeedPage : public QWidget
{
    Q_OBJECT

public:
    explicit FeedPage(kj::models::FeedModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QListView *list() const { return m_list; }

public Q_SLOTS:
    //! Opens the diary at `row` read-only; gives the viewer (owned by this page, deleted when closed).
    DiaryViewer *openRow(int row);

private:
    void updateEmptyState();

    kj::models::FeedModel &m_model;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace kj::ui
