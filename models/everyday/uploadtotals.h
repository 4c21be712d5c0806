#pragma once

#include <QObject>

namespace kj::store {
class ClientStore;
}

namespace kj::models {

//! How many files wait in the upload queue here (photos and tracks not yet on the server), for the status bar.
class UploadTotals : public QObject
{
    Q_OBJECT

public:
    explicit UploadTotals(kj::store::ClientStore &store, QObject *parent = nullptr);

    [[nodiscard]] int queuedFiles() const;
    [[nodiscard]] qint64 queuedBytes() const;

Q_SIGNALS:
    //! The queue may have changed (a file queued or settled).
    void changed();

private:
    kj::store::ClientStore &m_store;
};

} // namespace kj::models
