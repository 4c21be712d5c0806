#include "server-stub/media/filesha256.h"

#include "server-stub/media/sha256.h"

#include <QByteArray>
#include <QFile>

namespace kj::server::media {

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<Sha256> digest = Sha256::start();
    if (!digest)
        return digest.error();
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0)
            return fail(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        if (got == 0)
            break;
        if (Status updated = digest->update(block.constData(), std::size_t(got)); !updated)
            return updated.error();
    }
    return digest->finish();
}

} // namespace kj::server::media
