#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace kj::models {

//! The modules of a space's home for decorating: every module this client knows, the shown ones first in
//! their order (checked), then the hidden ones (unchecked). Rows move by drag and drop (moveRows, and
//! dropMimeData for a drop of its own rows) and their check state shows or hides them.
class SpaceModuleModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ModuleIdRole = Qt::UserRole + 1 };
    static inline const QString kMimeType = QStringLiteral("application/x-kongjian-space-module-rows");

    explicit SpaceModuleModel(QObject *parent = nullptr);

    //! The module's name in the interface language ("profile" → "Profile card").
    [[nodiscard]] static QString moduleName(const QString &module);

    //! Shows `modules` (SpaceSettings::modules: the shown ones, in order); unknown ids are left out.
    void setModules(const QStringList &modules);
    //! The shown modules, in order.
    [[nodiscard]] QStringList modules() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    //! The shown modules or their order changed (not emitted by setModules()).
    void modulesChanged();

private:
    struct Row {
        QString id;
        bool shown = false;
    };
    QList<Row> m_rows;
};

} // namespace kj::models
