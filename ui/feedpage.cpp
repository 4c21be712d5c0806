#include "ui/feedpage.h"

#include "models/feedmodel.h"
#include "ui/diaryviewer.h"
#include "ui/feeddelegate.h"

#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kj::ui {

FeedPage::FeedPage(kj::models::FeedModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("feedPage"));

    auto *title = new QLabel(tr("Friends' feed"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitle = new QLabel(tr("What your friends and you wrote, newest first."), this);
    subtitle->setObjectName(QStringLiteral("hint"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("feedList"));
    m_list->setAccessibleName(tr("Friends' feed"));
    m_list->setModel(&model);
    m_list->setItemDelegate(new FeedDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Double-click a diary to read all of it"));
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });

    m_emptyHint = new QLabel(tr("Nothing here yet.\nWhen your friends write diaries, they appear here. Add friends "
                                "on the Friends page."),
                             this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_stack, 1);

    connect(&model, &QAbstractItemModel::rowsInserted, this, &FeedPage::updateEmptyState);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &FeedPage::updateEmptyState);
    connect(&model, &QAbstractItemModel::modelReset, this, &FeedPage::updateEmptyState);
    updateEmptyState();
}

DiaryViewer *FeedPage::openRow(int row)
{
    const auto diary = m_model.diaryAt(row);
    if (!diary)
        return nullptr;
    auto *viewer = new DiaryViewer(*diary, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

void FeedPage::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_emptyHint);
}

} // namespace kj::ui
