#include "server-stub/media/sha256.h"

#include <QByteArray>
#include <openssl/evp.h>

namespace kj::server::media {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256(std::unique_ptr<evp_md_ctx_st, Free> context) : m_context(std::move(context)) { }

Result<Sha256> Sha256::start()
{
    std::unique_ptr<evp_md_ctx_st, Free> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return fail(ErrorCode::Internal, QStringLiteral("cannot start a SHA-256 digest"));
    return Sha256(std::move(context));
}

Result<Sha256> Sha256::copy() const
{
    std::unique_ptr<evp_md_ctx_st, Free> context(EVP_MD_CTX_new());
    if (!context || !m_context || EVP_MD_CTX_copy_ex(context.get(), m_context.get()) != 1)
        return fail(ErrorCode::Internal, QStringLiteral("cannot copy a SHA-256 digest"));
    return Sha256(std::move(context));
}

Status Sha256::update(const char *data, std::size_t size)
{
    if (!m_context || EVP_DigestUpdate(m_context.get(), data, size) != 1)
        return fail(ErrorCode::Internal, QStringLiteral("SHA-256 digest failed"));
    return {};
}

Result<QString> Sha256::finish()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool done = m_context && EVP_DigestFinal_ex(m_context.get(), digest, &length) == 1;
    m_context.reset();
    if (!done)
        return fail(ErrorCode::Internal, QStringLiteral("SHA-256 digest failed"));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace kj::server::media
