#include "server-stub/security/sessiontoken.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace kj::server {

QByteArray SessionToken::generate()
{
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), std::size_t(random.size()));
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SessionToken::hash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace kj::server
