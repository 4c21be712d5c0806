#include "server-stub/store/audiencesql.h"

#include "models/domain/visibility.h"

#include <QStringList>
#include <array>

namespace kj::server::store {

namespace {
constexpr std::array kVisibilities = {Visibility::Public, Visibility::Friends, Visibility::Groups, Visibility::Private};
constexpr std::array kSignedInRelations = {Relation::Owner, Relation::GroupMember, Relation::Friend, Relation::Stranger};

struct Columns {
    QString kind; // the item kind's wire name, bound as a value
    QString id;
    QString owner;
};

// The relations are exclusive (nobody is their own friend; a friend is a group member of this item or
// not), so each condition names exactly one of them.
SqlCondition relationCondition(Relation relation, qint64 viewer, const Columns &item)
{
    const QString isFriend = QStringLiteral("EXISTS (SELECT 1 FROM friendships af WHERE af.user_id = ? AND af.friend_id = ")
                             + item.owner + u')';
    const QString inGroups = QStringLiteral("EXISTS (SELECT 1 FROM item_groups ig JOIN friend_group_members gm "
                                            "ON gm.group_id = ig.group_id WHERE ig.item_kind = ? AND ig.item_id = ")
                             + item.id + QStringLiteral(" AND gm.member_id = ?)");
    switch (relation) {
    case Relation::Owner:
        return {item.owner + QStringLiteral(" = ?"), {viewer}};
    case Relation::GroupMember:
        return {u'(' + isFriend + QStringLiteral(" AND ") + inGroups + u')', {viewer, item.kind, viewer}};
    case Relation::Friend:
        return {u'(' + isFriend + QStringLiteral(" AND NOT ") + inGroups + u')', {viewer, item.kind, viewer}};
    case Relation::Stranger:
        return {QStringLiteral("(") + item.owner + QStringLiteral(" <> ? AND NOT ") + isFriend + u')', {viewer, viewer}};
    case Relation::Anonymous:
        break;
    }
    return {QStringLiteral("1 = 0"), {}};
}
} // namespace

SqlCondition audienceCondition(std::optional<qint64> viewer, ItemKind kind, const QString &idColumn,
                               const QString &ownerColumn, const QString &visibilityColumn)
{
    const Columns item{itemKindName(kind), idColumn, ownerColumn};
    QStringList terms;
    QVariantList values;
    for (Visibility visibility : kVisibilities) {
        const QString isVisibility = visibilityColumn + QStringLiteral(" = ?");
        if (!viewer) {
            if (canSee(Relation::Anonymous, visibility)) {
                terms.append(isVisibility);
                values.append(visibilityName(visibility));
            }
            continue;
        }
        QList<Relation> admitted;
        for (Relation relation : kSignedInRelations) {
            if (canSee(relation, visibility))
                admitted.append(relation);
        }
        if (admitted.size() == int(kSignedInRelations.size())) {
            terms.append(isVisibility);
            values.append(visibilityName(visibility));
            continue;
        }
        for (Relation relation : std::as_const(admitted)) {
            const SqlCondition condition = relationCondition(relation, *viewer, item);
            terms.append(QStringLiteral("(") + isVisibility + QStringLiteral(" AND ") + condition.sql + u')');
            values.append(visibilityName(visibility));
            values.append(condition.values);
        }
    }
    if (terms.isEmpty())
        return {QStringLiteral("1 = 0"), {}};
    return {u'(' + terms.join(QStringLiteral(" OR ")) + u')', values};
}

} // namespace kj::server::store
