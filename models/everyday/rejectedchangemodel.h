#pragma once

#include "models/keyedlistmodel.h"

#include <QDateTime>
#include <QJsonObject>

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! One change the server refused for good.
struct RejectedChangeRow {
    qint64 id = 0;
    QString kind;
    QString itemId;
    bool deleting = false;
    QJsonObject payload;
    QDateTime rejectedAt;
    QString errorCode;
    QString errorMessage;

    [[nodiscard]] QString key() const { return QString::number(id); }
    friend bool operator==(const RejectedChangeRow &, const RejectedChangeRow &) = default;
};

//! The changes the server refused for good (Outbox::rejected()), oldest first, each told in words: what it
//! was, why it was refused, and the words it carried, so nothing the user wrote is lost unseen.
class RejectedChangeModel : public KeyedListModel<RejectedChangeRow>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64, for RejectedChangeService::dismiss()
        KindRole,
        WhatRole,       // "A comment (delete)", "The friend group “Family”"...
        WhyRole,        // the server's reason
        TextRole,       // the words the change carried, if any
        RejectedAtRole, // QDateTime, UTC
    };
    Q_ENUM(Role)

    explicit RejectedChangeModel(kj::store::ClientStore &store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! A kind of change in words ("Diary", "Comment", "Friend group" ...).
    [[nodiscard]] static QString kindName(const QString &kind);

public Q_SLOTS:
    void reload();

private:
    [[nodiscard]] static QString whatOf(const RejectedChangeRow &row);
    [[nodiscard]] static QString textOf(const RejectedChangeRow &row);

    kj::store::ClientStore &m_store;
};

} // namespace kj::models
