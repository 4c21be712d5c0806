#pragma once

#include "models/domain/visit.h"
#include "models/keyedlistmodel.h"

namespace kj::models {

//! One visitor of my space.
struct VisitorRow {
    kj::Visit visit;

    [[nodiscard]] QString key() const { return visit.visitor.username; }
    friend bool operator==(const VisitorRow &, const VisitorRow &) = default;
};

//! Who visited my space, each once with their latest visit, most recent first (as the server lists them).
class VisitorListModel : public KeyedListModel<VisitorRow>
{
    Q_OBJECT

public:
    enum Role {
        UsernameRole = Qt::UserRole + 1,
        DisplayNameRole, // the display name, or the username when there is none
        VisitedAtRole,   // QDateTime, UTC
    };
    Q_ENUM(Role)

    using KeyedListModel<VisitorRow>::KeyedListModel;

    void setVisits(const QList<kj::Visit> &visits);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace kj::models
