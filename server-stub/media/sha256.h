#pragma once

#include "models/domain/result.h"

#include <QString>
#include <cstddef>
#include <memory>

struct evp_md_ctx_st;

namespace kj::server::media {

//! An incremental SHA-256 through OpenSSL's EVP digest (the CPU's SHA extensions where it has them): fed piece
//! by piece, and copied to go on from the same state along another path.
class Sha256
{
public:
    //! A digest of no bytes yet.
    [[nodiscard]] static Result<Sha256> start();
    //! A digest in this one's state; the two then go on independently.
    [[nodiscard]] Result<Sha256> copy() const;

    [[nodiscard]] Status update(const char *data, std::size_t size);
    //! The digest of every byte given, as 64 lower-case hex digits. Ends this digest: update it no more.
    [[nodiscard]] Result<QString> finish();

private:
    struct Free {
        void operator()(evp_md_ctx_st *context) const;
    };
    explicit Sha256(std::unique_ptr<evp_md_ctx_st, Free> context);

    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace kj::server::media
