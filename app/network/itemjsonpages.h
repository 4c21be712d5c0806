#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kj::app {

//! Answer to a PUT of an item sent as JSON (ApiClient::putItemJson): the item as the server stored it,
//! and whether the write created it (201).
struct ItemJsonWrite {
    QJsonObject item;
    bool created = false;
};

//! One page of a list of items kept as JSON (ApiClient::userItemsJson); an empty nextCursor means the last page.
struct ItemJsonPage {
    QList<QJsonObject> items;
    QString nextCursor;
};

} // namespace kj::app
