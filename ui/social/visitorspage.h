#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace kj::app {
class VisitorsService;
}
namespace kj::models {
class VisitorListModel;
}

namespace kj::ui {

//! Who came to see my space (访客) and when, most recent first. Asks the server when shown; without it,
//! says so and shows the list as last fetched. "Open space" (or a double click) asks to show a visitor's
//! space.
class VisitorsPage : public QWidget
{
    Q_OBJECT

public:
    //! `service` must outlive the page.
    explicit VisitorsPage(kj::app::VisitorsService &service, QWidget *parent = nullptr);
    ~VisitorsPage() override;

    [[nodiscard]] kj::models::VisitorListModel &model() const { return *m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }

Q_SIGNALS:
    void openSpaceRequested(const QString &username);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void openCurrent();

    kj::app::VisitorsService &m_service;
    std::unique_ptr<kj::models::VisitorListModel> m_model;
    QLabel *m_title = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace kj::ui
