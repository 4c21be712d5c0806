#include "models/everyday/rejectedchangemodel.h"

#include "models/languagewatch.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <QCoreApplication>

namespace kj::models {

RejectedChangeModel::RejectedChangeModel(kj::store::ClientStore &store, QObject *parent)
    : KeyedListModel<RejectedChangeRow>(parent)
    , m_store(store)
{
    new LanguageWatch(this);
    connect(&store, &kj::store::ClientStore::outboxChanged, this, &RejectedChangeModel::reload);
    reload();
}

QString RejectedChangeModel::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("diary"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Diary")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Comment")},
        {QStringLiteral("like"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Like")},
        {QStringLiteral("guestbook"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Guestbook message")},
        {QStringLiteral("guestbook_reply"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Guestbook reply")},
        {QStringLiteral("friend_request"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Friend request")},
        {QStringLiteral("friend_answer"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Answer to a friend request")},
        {QStringLiteral("friend_remove"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Ended friendship")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Friend group")},
        {QStringLiteral("space"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Space settings")},
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "说说")},
        {QStringLiteral("repost"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Repost")},
        {QStringLiteral("album"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Album")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Photo edit")},
        {QStringLiteral("track"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Track edit")},
        {QStringLiteral("photo_upload"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Photo upload")},
        {QStringLiteral("track_upload"), QT_TRANSLATE_NOOP("kj::models::RejectedChangeModel", "Track upload")},
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("kj::models::RejectedChangeModel", name) : kind;
}

// Contexts named in full (not tr()): lupdate cannot tell the class of a model derived from the KeyedListModel template.
QString RejectedChangeModel::whatOf(const RejectedChangeRow &row)
{
    QString what = kindName(row.kind);
    const QJsonObject &payload = row.payload;
    const QString name = payload.value(QStringLiteral("name")).toString();
    const QString title = payload.value(QStringLiteral("title")).toString();
    if (!name.isEmpty())
        what = QCoreApplication::translate("kj::models::RejectedChangeModel", "%1 “%2”").arg(what, name);
    else if (!title.isEmpty())
        what = QCoreApplication::translate("kj::models::RejectedChangeModel", "%1 “%2”").arg(what, title);
    if (payload.value(QStringLiteral("owner")).isString()) // a guestbook message (an album's owner is an object)
        what = QCoreApplication::translate("kj::models::RejectedChangeModel", "%1 in %2's guestbook")
                   .arg(what, payload.value(QStringLiteral("owner")).toString());
    if (payload.contains(QStringLiteral("liked")))
        what = payload.value(QStringLiteral("liked")).toBool()
                   ? QCoreApplication::translate("kj::models::RejectedChangeModel", "%1 (like)").arg(what)
                   : QCoreApplication::translate("kj::models::RejectedChangeModel", "%1 (unlike)").arg(what);
    if (row.deleting)
        what = QCoreApplication::translate("kj::models::RejectedChangeModel", "%1 (delete)").arg(what);
    return what;
}

QString RejectedChangeModel::textOf(const RejectedChangeRow &row)
{
    // The words of the change: a 说说's or comment's text, a repost's comment, a caption, a description.
    for (const QString &key : {QStringLiteral("text"), QStringLiteral("body"), QStringLiteral("comment"),
                               QStringLiteral("caption"), QStringLiteral("description")}) {
        if (const QString text = row.payload.value(key).toString(); !text.isEmpty())
            return text;
    }
    return {};
}

QVariant RejectedChangeModel::data(const QModelIndex &index, int role) const
{
    const RejectedChangeRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case WhatRole: return whatOf(*row);
    case Qt::ToolTipRole:
    case WhyRole: return row->errorMessage;
    case IdRole: return row->id;
    case KindRole: return row->kind;
    case TextRole: return textOf(*row);
    case RejectedAtRole: return row->rejectedAt;
    default: return {};
    }
}

QHash<int, QByteArray> RejectedChangeModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<RejectedChangeRow>::roleNames();
    names.insert({{IdRole, "id"}, {KindRole, "kind"}, {WhatRole, "what"}, {WhyRole, "why"}, {TextRole, "text"},
                  {RejectedAtRole, "rejectedAt"}});
    return names;
}

void RejectedChangeModel::reload()
{
    QList<RejectedChangeRow> fresh;
    for (const kj::store::RejectedChange &change : m_store.outbox().rejected()) {
        fresh.append({change.id, change.kind, change.itemId, change.op == kj::store::OutboxEntry::Op::Delete, change.payload,
                      change.rejectedAt, change.errorCode, change.errorMessage});
    }
    replaceRows(fresh);
}

} // namespace kj::models
