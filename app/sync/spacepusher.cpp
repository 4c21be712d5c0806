#include "app/sync/spacepusher.h"

#include "app/media/uploadqueue.h"
#include "app/network/apiclient.h"
#include "app/sync/syncconflict.h"
#include "models/domain/fieldmerge.h"
#include "models/domain/spacesettings.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/spacerepository.h"

#include <QJsonArray>

#include <algorithm>

namespace kj::app {

namespace {
using kj::store::OutboxEntry;
using kj::store::SpaceRepository;

//! The server's settings with the fields changed here taken from mine (when the base mine were made from
//! is not known, these are all that mine say for sure).
kj::SpaceSettings onto(const kj::SpaceSettings &theirs, const kj::SpaceSettings &mine, const QJsonArray &fields)
{
    QJsonObject json = theirs.toJson();
    const QJsonObject mineJson = mine.toJson();
    for (const QJsonValue &field : fields) {
        const QString name = field.toString();
        if (mineJson.contains(name))
            json.insert(name, mineJson.value(name));
    }
    kj::Result<kj::SpaceSettings> merged = kj::SpaceSettings::fromJson(json);
    return merged ? *merged : mine;
}
} // namespace

SpacePusher::SpacePusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList SpacePusher::kinds() const
{
    return {SpaceRepository::kKind};
}

void SpacePusher::push(const OutboxEntry &entry, PushRun &run, Done done)
{
    const std::optional<kj::store::MySpace> mine = SpaceRepository(m_store).mine();
    if (!mine || entry.itemId != m_store.owner().username) {
        done(m_store.outbox().remove(entry.seq)); // nothing of mine to send
        return;
    }
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    m_api.mySpace(&m_context, [this, entry, mine = *mine, &run, done](kj::Result<kj::SpaceSettings> theirs) {
        if (!theirs) {
            done(theirs.error());
            return;
        }
        write(entry, mine.settings, *theirs, run, done);
    });
}

bool SpacePusher::isHeld(const OutboxEntry &entry) const
{
    const std::optional<kj::store::MySpace> mine = SpaceRepository(m_store).mine();
    if (!mine || entry.itemId != m_store.owner().username || mine->settings.music.trackIds.isEmpty())
        return false;
    const QStringList &playlist = mine->settings.music.trackIds;
    const QList<OutboxEntry> queued = m_store.outbox().entries();
    return std::any_of(queued.cbegin(), queued.cend(), [&playlist](const OutboxEntry &waiting) {
        return waiting.kind == UploadQueue::kTrackKind && playlist.contains(waiting.itemId);
    });
}

void SpacePusher::write(const OutboxEntry &entry, const kj::SpaceSettings &pushed, const kj::SpaceSettings &theirs,
                        PushRun &run, Done done)
{
    const std::optional<kj::store::MySpace> mine = SpaceRepository(m_store).mine();
    QStringList conflicts;
    kj::SpaceSettings merged;
    if (mine && mine->base) {
        kj::MergedSpaceSettings result = kj::mergeSpaceSettings(*mine->base, pushed, theirs);
        merged = result.settings;
        conflicts = result.conflicts;
    } else {
        merged = onto(theirs, pushed, entry.payload.value(QStringLiteral("fields")).toArray());
    }
    if (kj::Result<kj::SpaceSettings> valid = kj::SpaceSettings::fromRequest(merged.toJson()); !valid) {
        done(valid.error());
        return;
    }
    const auto report = [&run, conflicts, this] {
        if (conflicts.isEmpty())
            return;
        run.reportConflict(SyncConflict{m_store.owner().username,
                                        QStringLiteral("my space's settings (%1: set here and on another device; mine kept)")
                                            .arg(conflicts.join(QStringLiteral(", "))),
                                        kj::nowUtc(), SpaceRepository::kKind});
    };
    if (merged == theirs) {
        // The server has it all already (a replay whose answer was lost, or the same change made elsewhere).
        report();
        done(SpaceRepository(m_store).recordPushed(entry.seq, pushed, theirs));
        return;
    }
    m_api.putMySpace(merged, &m_context, [this, entry, pushed, report, done](kj::Result<kj::SpaceSettings> saved) {
        if (!saved) {
            done(saved.error());
            return;
        }
        report();
        done(SpaceRepository(m_store).recordPushed(entry.seq, pushed, *saved));
    });
}

} // namespace kj::app
