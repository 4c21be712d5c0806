#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QTableWidget;

namespace kj::ui {

//! Help › Keyboard shortcuts: every shortcut of the window, with what it does.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry {
        QString what;
        QKeySequence keys;
    };

    explicit ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    //! One entry per action of `root` (and its children) that has a shortcut and a text, menu accelerators
    //! (&) taken out, in the order found, each text once.
    [[nodiscard]] static QList<Entry> entriesOf(const QWidget &root);

    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace kj::ui
