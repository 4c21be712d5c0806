#pragma once

#include "models/domain/result.h"
#include "models/domain/spacesettings.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace kj::server::store {

//! The decoration of each user's space: title and motto (kept with the account), the rest in
//! space_settings and the playlist in space_tracks. A user who never wrote settings has the defaults.
class SpaceRepository
{
public:
    explicit SpaceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! The settings of a user (defaults for what was never written); NotFound for an unknown user.
    [[nodiscard]] Result<SpaceSettings> load(qint64 userId);
    //! Replaces all of a user's settings. Call inside a write transaction.
    [[nodiscard]] Status save(qint64 userId, const SpaceSettings &settings, const QDateTime &now);
    //! Whether the user's visits to other spaces stay unrecorded.
    [[nodiscard]] Result<bool> hidesVisits(qint64 userId);
    //! Whether some space shows the media as its avatar, cover or background. Every space is seen by
    //! everyone, so such media is too (MediaRepository::mayView asks).
    [[nodiscard]] Result<bool> showsImage(const QString &mediaId);

private:
    QSqlDatabase m_db;
};

} // namespace kj::server::store
