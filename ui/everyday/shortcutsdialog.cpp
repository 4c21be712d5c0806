#include "ui/everyday/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kj::ui {

ShortcutsDialog::ShortcutsDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(int(entries.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries.at(row).what));
        m_table->setItem(row, 1, new QTableWidgetItem(entries.at(row).keys.toString(QKeySequence::NativeText)));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QWidget &root)
{
    QList<Entry> entries;
    QSet<QString> seen;
    const auto add = [&](const QAction *action) {
        QString text = action->text();
        text.remove(u'&');
        if (text.endsWith(QStringLiteral("…")))
            text.chop(1);
        if (action->shortcut().isEmpty() || text.isEmpty() || seen.contains(text))
            return;
        seen.insert(text);
        entries.append({text, action->shortcut()});
    };
    for (const QAction *action : root.actions())
        add(action);
    for (const QWidget *child : root.findChildren<QWidget *>()) {
        for (const QAction *action : child->actions())
            add(action);
    }
    return entries;
}

} // namespace kj::ui
