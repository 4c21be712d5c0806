#include "app/services/accountservice.h"

namespace kj::app {

AccountService::AccountService(Profile &profile, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network)
{
}
AccountService::~AccountService() = default;
std::optional<Account> AccountService::currentAccount() const { return std::nullopt; }
void AccountService::registerAccount(const QUrl &, const QString &, const QString &, const QString &, Done) {}
void AccountService::signIn(const QUrl &, const QString &, const QString &, Done) {}
void AccountService::signOut(Done) {}
void AccountService::markSignedOut() {}
QString AccountService::deviceName() { return {}; }

} // namespace kj::app
