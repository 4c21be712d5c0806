#include "ui/diariespage.h"

#include "models/diarylistmodel.h"
#include "ui/diarydelegate.h"
#include "ui/diaryeditor.h"
#include "ui/skin.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kj::ui {

using Model = kj::models::DiaryListModel;

DiariesPage::DiariesPage(kj::models::DiaryListModel &model, kj::app::DiaryService &service, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("diariesPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("hint"));
    m_newButton = new QPushButton(icon(QStringLiteral("new-diary")), QString(), this);
    m_newButton->setObjectName(QStringLiteral("newDiaryButton"));
    connect(m_newButton, &QPushButton::clicked, this, &DiariesPage::newDiary);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_count, 1, Qt::AlignLeft | Qt::AlignBottom);
    header->addWidget(m_newButton);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("diaryList"));
    m_list->setModel(&model);
    m_list->setItemDelegate(new DiaryDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);

    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyHint);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(14, 12, 6, 12);
    listLayout->addLayout(header);
    listLayout->addWidget(m_listStack, 1);

    m_editor = new DiaryEditor(service, this);
    auto *editorPane = new QFrame(this);
    editorPane->setObjectName(QStringLiteral("editorPane"));
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    auto *editorOuter = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(editorOuter);
    outerLayout->setContentsMargins(6, 12, 14, 12);
    outerLayout->addWidget(editorPane);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("diariesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(editorOuter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({360, 640});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &DiariesPage::onCurrentChanged);
    connect(m_editor, &DiaryEditor::saved, this, &DiariesPage::selectDiary);
    connect(m_editor, &DiaryEditor::deleted, this, [this] { m_list->selectionModel()->clear(); });
    connect(&model, &QAbstractItemModel::rowsInserted, this, &DiariesPage::updateEmptyState);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &DiariesPage::selectFirstWhenIdle);
    connect(&model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row) {
            if (const auto diary = m_model.diaryAt(row); diary && diary->id == m_editor->diaryId())
                m_editor->noteStoredVersion(*diary);
        }
    });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &DiariesPage::updateEmptyState);
    connect(&model, &QAbstractItemModel::modelReset, this, &DiariesPage::updateEmptyState);
    connect(&model, &Model::totalCountChanged, this, &DiariesPage::updateEmptyState);

    retranslate();
    if (model.rowCount() > 0) {
        m_list->setCurrentIndex(model.index(0));
    } else {
        m_editor->startNew();
        m_openFirstArrival = true;
    }
}

void DiariesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiariesPage::retranslate()
{
    m_title->setText(tr("My diaries"));
    m_newButton->setText(tr("New diary"));
    m_newButton->setAccessibleName(tr("Write a new diary"));
    m_list->setAccessibleName(tr("My diaries"));
    m_emptyHint->setText(tr("No diaries yet.\nWrite your first one on the right."));
    updateEmptyState();
}

void DiariesPage::selectFirstWhenIdle()
{
    if (!m_openFirstArrival)
        return;
    if (m_editor->isModified() || !m_editor->diaryId().isEmpty()) {
        m_openFirstArrival = false;
        return;
    }
    if (m_model.rowCount() > 0) {
        m_openFirstArrival = false;
        m_list->setCurrentIndex(m_model.index(0));
    }
}

void DiariesPage::newDiary()
{
    m_openFirstArrival = false;
    m_editor->save();
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->clear();
    }
    m_list->viewport()->update();
    m_editor->startNew();
    m_editor->setFocus();
}

bool DiariesPage::openDiary(const QString &id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model.index(row));
    return m_editor->diaryId() == id;
}

void DiariesPage::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (!current.isValid())
        return;
    const QString id = current.data(Model::IdRole).toString();
    if (id == m_editor->diaryId())
        return;
    if (!m_editor->save()) {
        // The words in the editor could not be stored; stay with them rather than throw them away.
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect);
        return;
    }
    if (const auto diary = m_model.diaryAt(current.row()))
        m_editor->openDiary(*diary);
}

void DiariesPage::selectDiary(const QString &id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return;
    // The editor already shows this diary; only the list has to follow.
    m_list->selectionModel()->setCurrentIndex(m_model.index(row), QItemSelectionModel::ClearAndSelect);
}

void DiariesPage::updateEmptyState()
{
    const int total = m_model.totalCount();
    m_count->setText(total > 0 ? tr("%n diary(ies)", nullptr, total) : QString());
    m_listStack->setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_emptyHint);
}

} // namespace kj::ui
