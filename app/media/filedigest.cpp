#include "app/media/filedigest.h"

#include <QCryptographicHash>
#include <QFile>

namespace kj::app {

kj::Result<FileDigest> digestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    FileDigest digest;
    digest.size = file.size();
    if (digest.size == 0)
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("%1 is empty").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    digest.sha256 = QString::fromLatin1(hash.result().toHex());
    return digest;
}

} // namespace kj::app
