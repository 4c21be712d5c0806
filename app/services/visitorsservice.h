#pragma once

#include "models/domain/error.h"
#include "models/domain/visit.h"

#include <QDateTime>
#include <QObject>
#include <optional>

class QSettings;

namespace kj::app {

class ApiClient;

//! Who visited my space (GET /me/visitors). Asked of the server; the last answer is kept in `cache` so the
//! list still shows, with when it was fetched, when the server is away.
class VisitorsService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLimit = 100;

    //! `cache` may be null (nothing kept between runs).
    VisitorsService(ApiClient &api, QSettings *cache, QObject *parent = nullptr);

    //! The last list the server gave (most recent visit first), or the cached one.
    [[nodiscard]] const kj::VisitorList &visitors() const { return m_visitors; }
    //! When visitors() came from the server (invalid: never).
    [[nodiscard]] QDateTime fetchedAt() const { return m_fetchedAt; }
    //! Why the last refresh failed; nullopt after a success (or before the first try).
    [[nodiscard]] std::optional<kj::Error> lastError() const { return m_lastError; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    //! The list, the error or the loading state changed.
    void changed();

private:
    ApiClient &m_api;
    QSettings *m_cache;
    kj::VisitorList m_visitors;
    QDateTime m_fetchedAt;
    std::optional<kj::Error> m_lastError;
    bool m_loading = false;
};

} // namespace kj::app
