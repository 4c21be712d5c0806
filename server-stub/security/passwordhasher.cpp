#include "server-stub/security/passwordhasher.h"

#include <sodium.h>

namespace kj::server {

PasswordHasher::PasswordHasher()
{
    // sodium_init() is idempotent and thread-safe; it fails only without a source of randomness.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return fail(ErrorCode::Internal, QStringLiteral("out of memory while hashing a password"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &encodedHash) const
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encoded = encodedHash.toLatin1();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::verifyOrDummy(const QString &password, const std::optional<QString> &encodedHash) const
{
    if (encodedHash)
        return verify(password, *encodedHash);
    std::call_once(m_dummyOnce, [this] {
        unsigned char random[16];
        randombytes_buf(random, sizeof random);
        m_dummyHash = hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex()))
                          .value();
    });
    (void)verify(password, m_dummyHash);
    return false;
}

} // namespace kj::server
