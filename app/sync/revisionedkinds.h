#pragma once

#include "models/domain/audience.h"
#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kj::app {

//! What the sync needs to know of a kind written like a diary (PUT by a client-made id at a base revision,
//! 409 with "current", idempotent retries) and kept in the generic item cache as the server's JSON:
//! 说说 ("post"), reposts, albums, photos and tracks.
struct RevisionedKind {
    QString kind;             // the outbox, /changes and cache kind, e.g. "post"
    QString collection;       // the path word: PUT/DELETE /api/v1/{collection}/{id}, GET /users/{name}/{collection}
    QString answerKey;        // the answer's wrapper: {"post": {...}}
    QStringList writeFields;  // the item's fields a write sends (a repost's "itemKind" goes as "kind")
    QSet<QString> textFields; // merged paragraph by paragraph when both sides changed them
    QString nameField;        // the field that names the item for people (text, title, comment, caption)
    bool deletable = true;    // DELETE exists
    bool listedPerUser = true; // GET /users/{name}/{collection} exists (a new friend's items are fetched)
};

//! Every revisioned kind, in a fixed order.
[[nodiscard]] const QList<RevisionedKind> &revisionedKinds();
//! The names of revisionedKinds().
[[nodiscard]] QStringList revisionedKindNames();
//! The kind named `kind`, or nullptr.
[[nodiscard]] const RevisionedKind *findRevisionedKind(const QString &kind);

//! The body of a PUT of `item` (its JSON as the server shows it): its write fields, "groups" only with the
//! "groups" audience, and baseRevision when `revision` > 0 (absent: a create).
[[nodiscard]] QJsonObject writeBody(const RevisionedKind &kind, const QJsonObject &item, qint64 revision);
//! The part of `item` a write changes, for a three-way merge: the write fields, with the audience as one
//! value under "audience" (a visibility and its groups change together).
[[nodiscard]] QJsonObject editableFields(const RevisionedKind &kind, const QJsonObject &item);
//! `item` with the values of `fields` (made by editableFields) put back.
[[nodiscard]] QJsonObject withEditableFields(const RevisionedKind &kind, QJsonObject item, const QJsonObject &fields);
//! Whether an item from the server is one the cache can keep: decoded by its domain type (Post, Repost ...).
[[nodiscard]] kj::Status checkServerItem(const RevisionedKind &kind, const QJsonObject &item);
//! The audience an item's JSON names (private when it names none it may have); for a never-synced item too,
//! which the domain types do not decode (no revision yet).
[[nodiscard]] kj::Audience audienceOf(const QJsonObject &item);
//! A short line that names the item for people (its text's first line, its title ...).
[[nodiscard]] QString itemName(const RevisionedKind &kind, const QJsonObject &item);

} // namespace kj::app
