#include "server-stub/store/audiencesql.h"

#include "models/domain/visibility.h"

#include <QStringList>
#include <array>

namespace kj::server::store {

namespace {
constexpr std::array kVisibilities = {Visibility::Public, Visibility::Friends, Visibility::Private};
constexpr std::array kSignedInRelations = {Relation::Owner, Relation::Friend, Relation::Stranger};

// The relations are exclusive (nobody is their own friend), so each condition names exactly one of them.
SqlCondition relationCondition(Relation relation, qint64 viewer, const QString &ownerColumn)
{
    const QString isFriend = QStringLiteral("EXISTS (SELECT 1 FROM friendships af WHERE af.user_id = ? AND af.friend_id = ")
                             + ownerColumn + u')';
    switch (relation) {
    case Relation::Owner:
        return {ownerColumn + QStringLiteral(" = ?"), {viewer}};
    case Relation::Friend:
        return {isFriend, {viewer}};
    case Relation::Stranger:
        return {QStringLiteral("(") + ownerColumn + QStringLiteral(" <> ? AND NOT ") + isFriend + u')', {viewer, viewer}};
    case Relation::Anonymous:
        break;
    }
    return {QStringLiteral("1 = 0"), {}};
}
} // namespace

SqlCondition audienceCondition(std::optional<qint64> viewer, const QString &ownerColumn, const QString &visibilityColumn)
{
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
            const SqlCondition condition = relationCondition(relation, *viewer, ownerColumn);
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
