#include "server-stub/api/routes.h"

#include "models/domain/timestamp.h"
#include "models/domain/user.h"
#include "server-stub/api/requestbody.h"
#include "server-stub/security/passwordhasher.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

namespace kj::server::api {

namespace {
ApiResult createAccount(const ApiContext &context, const Call &call)
{
    Result<QJsonObject> body = jsonBody(call.request);
    if (!body)
        return body.error();
    Result<AccountRegistration> registration = AccountRegistration::fromRequest(*body);
    if (!registration)
        return registration.error();

    const QSqlDatabase db = context.db();
    store::UserRepository users(db);
    // Checked before hashing so a taken name costs no Argon2 work; checked again inside the transaction.
    Result<std::optional<store::UserRecord>> existing = users.findByUsername(registration->username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return fail(ErrorCode::UsernameTaken, QStringLiteral("the username \"%1\" is taken").arg(registration->username));
    // Hashing takes a while; it happens outside the write transaction so other writers do not wait.
    Result<QString> hash = context.passwords->hash(registration->password);
    if (!hash)
        return hash.error();

    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    Result<store::UserRecord> user = users.create(registration->username, registration->displayName.trimmed(), *hash, nowUtc());
    if (!user)
        return user.error();
    if (Status status = transaction->commit(); !status)
        return status.error();
    return http::Response::json(201, {{QStringLiteral("user"), user->user.toJson()}});
}
} // namespace

void addAccountRoutes(Router &router, const ApiContext &context)
{
    router.add("POST", QStringLiteral("/api/v1/accounts"), Access::Public,
               [context](const Call &call) { return createAccount(context, call); }, Cost::Costly); // Argon2id
}

} // namespace kj::server::api
