#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QString>

namespace kj::models {

//! A list model over rows that carry a stable key (`QString key() const`) and compare with ==. replaceRows()
//! turns a fresh read of the store into the smallest set of row removals, moves, inserts and dataChanged
//! signals, so views keep their selection, current item and scroll position across a reload.
template<typename Row>
class KeyedListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(index.row());
    }

    //! Whether replaceRows() or appendRows() is between its first and last signal (views and testers may
    //! call back in, e.g. fetchMore()).
    [[nodiscard]] bool isUpdating() const { return m_updating; }

    void replaceRows(const QList<Row> &fresh)
    {
        m_updating = true;
        QSet<QString> freshKeys;
        freshKeys.reserve(fresh.size());
        for (const Row &row : fresh)
            freshKeys.insert(row.key());

        // 1. Rows that are gone, in runs from the end so earlier positions stay valid.
        for (qsizetype i = m_rows.size() - 1; i >= 0;) {
            if (freshKeys.contains(m_rows.at(i).key())) {
                --i;
                continue;
            }
            qsizetype first = i;
            while (first > 0 && !freshKeys.contains(m_rows.at(first - 1).key()))
                --first;
            beginRemoveRows({}, int(first), int(i));
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }

        // 2. Every row left is also in `fresh`; walk `fresh` and make position i hold fresh[i].
        QSet<QString> remaining;
        remaining.reserve(m_rows.size());
        for (const Row &row : std::as_const(m_rows))
            remaining.insert(row.key());
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const Row &wanted = fresh.at(i);
            const QString key = wanted.key();
            if (i < m_rows.size() && m_rows.at(i).key() == key) {
                updateRow(i, wanted);
            } else if (remaining.contains(key)) {
                qsizetype from = i + 1;
                while (m_rows.at(from).key() != key)
                    ++from;
                beginMoveRows({}, int(from), int(from), {}, int(i));
                m_rows.move(from, i);
                endMoveRows();
                updateRow(i, wanted);
            } else {
                beginInsertRows({}, int(i), int(i));
                m_rows.insert(i, wanted);
                endInsertRows();
            }
            remaining.remove(key);
        }
        m_updating = false;
    }

    //! Replaces everything at once (a model reset): for a change of what the list is, not of its content.
    void resetRows(const QList<Row> &fresh)
    {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }

    //! Appends rows whose keys are not shown yet (a next page).
    void appendRows(const QList<Row> &more)
    {
        QSet<QString> shown;
        shown.reserve(m_rows.size());
        for (const Row &row : std::as_const(m_rows))
            shown.insert(row.key());
        QList<Row> fresh;
        for (const Row &row : more) {
            if (!shown.contains(row.key()))
                fresh.append(row);
        }
        if (fresh.isEmpty())
            return;
        m_updating = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
        m_updating = false;
    }

private:
    void updateRow(qsizetype i, const Row &wanted)
    {
        if (m_rows.at(i) == wanted)
            return;
        m_rows[i] = wanted;
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed);
    }

    QList<Row> m_rows;
    bool m_updating = false;
};

} // namespace kj::models
