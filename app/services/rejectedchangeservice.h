#pragma once

#include "models/domain/result.h"

#include <QObject>

namespace kj::store {
class ClientStore;
}

namespace kj::app {

//! Letting go of changes the server refused for good (Outbox::rejected()) once the user has seen them, as
//! `kongjian-cli rejected --dismiss` does.
class RejectedChangeService : public QObject
{
    Q_OBJECT

public:
    explicit RejectedChangeService(kj::store::ClientStore &store, QObject *parent = nullptr);

    [[nodiscard]] int count() const;
    [[nodiscard]] kj::Status dismiss(qint64 id);
    [[nodiscard]] kj::Status dismissAll();

private:
    kj::store::ClientStore &m_store;
};

} // namespace kj::app
