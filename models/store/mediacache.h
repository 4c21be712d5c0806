#pragma once

#include "models/domain/result.h"
#include "models/domain/upload.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! Bytes of one rendition of a media item as the cache keeps them.
struct CachedMedia {
    QByteArray bytes;
    QByteArray contentType;
};

//! Pictures seen once, readable offline: one file per (media id, size) in a folder of the profile, listed
//! in the store's `media_cache` table with its size and when it was last used. The files together stay
//! within a byte budget; putting one more evicts the least recently used first. A listed file that is gone
//! or damaged on disk is a miss (and forgotten), never an error.
class MediaCache
{
public:
    static constexpr qint64 kDefaultBudgetBytes = qint64(256) * 1024 * 1024;

    //! `folder` is made when first written to. A budget below what is kept already takes effect with the next
    //! put() (or setBudget()).
    MediaCache(ClientStore &store, QString folder, qint64 budgetBytes = kDefaultBudgetBytes);

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] qint64 budget() const { return m_budget; }
    //! A smaller budget evicts at once.
    [[nodiscard]] Status setBudget(qint64 bytes);

    //! The cached bytes, marked as just used; nullopt on a miss.
    [[nodiscard]] std::optional<CachedMedia> get(const QString &mediaId, kj::MediaSize size);
    //! Whether it is cached, without marking it used.
    [[nodiscard]] bool contains(const QString &mediaId, kj::MediaSize size) const;
    //! Keeps the bytes (replacing an older copy) and evicts the least recently used until the budget holds.
    //! Bytes larger than the whole budget are not kept.
    [[nodiscard]] Status put(const QString &mediaId, kj::MediaSize size, const QByteArray &bytes,
                             const QByteArray &contentType);
    [[nodiscard]] Status remove(const QString &mediaId, kj::MediaSize size);

    //! Bytes of every cached file, and how many there are.
    [[nodiscard]] qint64 totalBytes() const;
    [[nodiscard]] int count() const;

private:
    [[nodiscard]] QString filePath(const QString &fileName) const;
    [[nodiscard]] Status evictTo(qint64 budget);

    ClientStore &m_store;
    QString m_folder;
    qint64 m_budget;
};

} // namespace kj::store
