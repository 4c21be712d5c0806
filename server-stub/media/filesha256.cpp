#include "server-stub/media/filesha256.h"

#include <QByteArray>
#include <QFile>
#include <memory>
#include <openssl/evp.h>

namespace kj::server::media {

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return fail(ErrorCode::Internal, QStringLiteral("cannot start a SHA-256 digest"));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0)
            return fail(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        if (got == 0)
            break;
        if (EVP_DigestUpdate(context.get(), block.constData(), size_t(got)) != 1)
            return fail(ErrorCode::Internal, QStringLiteral("SHA-256 digest failed"));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return fail(ErrorCode::Internal, QStringLiteral("SHA-256 digest failed"));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace kj::server::media
