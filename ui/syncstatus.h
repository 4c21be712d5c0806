#pragma once

#include "app/sync/syncengine.h"
#include "models/domain/error.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>

namespace kj::ui {

//! What the status bar says about sync, as plain data so the words can be tested without an engine.
struct SyncStatus {
    kj::app::SyncEngine::State state = kj::app::SyncEngine::State::Idle;
    int pendingCount = 0;
    int rejectedCount = 0; // changes the server refused for good, kept with their words until dismissed
    QDateTime lastSyncedAt;
    std::chrono::seconds retryIn{0};
    std::optional<kj::Error> lastError;

    //! "Synced 2 minutes ago", "Syncing…", "Offline — 3 changes waiting, retrying in 30 s", "Sign in again".
    [[nodiscard]] QString text(const QDateTime &now) const;
    //! A longer explanation for the tooltip.
    [[nodiscard]] QString toolTip() const;
    //! The icon's name under resources/icons.
    [[nodiscard]] QString iconName() const;
};

} // namespace kj::ui
