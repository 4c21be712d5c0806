#include "app/network/apiclient.h"

namespace kj::app {

ApiClient::ApiClient(QNetworkAccessManager &network, QObject *parent) : QObject(parent), m_network(network) {}
ApiClient::~ApiClient() = default;
void ApiClient::setServer(const QUrl &server) { m_server = server; }
void ApiClient::setToken(const QString &token) { m_token = token; }
void ApiClient::setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
bool ApiClient::sendsPasswordsInClear(const QUrl &) { return false; }
bool ApiClient::isTransient(const kj::Error &) { return false; }
std::optional<kj::Diary> ApiClient::conflictCurrent(const kj::Error &) { return std::nullopt; }
void ApiClient::health(const QObject *, Callback<void>) {}
void ApiClient::registerAccount(const kj::AccountRegistration &, const QObject *, Callback<kj::User>) {}
void ApiClient::createSession(const kj::SessionRequest &, const QObject *, Callback<kj::SessionGrant>) {}
void ApiClient::deleteCurrentSession(const QObject *, Callback<void>) {}
void ApiClient::me(const QObject *, Callback<kj::User>) {}
void ApiClient::userProfile(const QString &, const QObject *, Callback<UserProfile>) {}
void ApiClient::friends(const QObject *, Callback<QList<kj::Friend>>) {}
void ApiClient::sendFriendRequest(const QString &, const QObject *, Callback<kj::FriendRequest>) {}
void ApiClient::friendRequests(const QObject *, Callback<FriendRequests>) {}
void ApiClient::acceptFriendRequest(const QString &, const QObject *, Callback<kj::Friend>) {}
void ApiClient::declineFriendRequest(const QString &, const QObject *, Callback<void>) {}
void ApiClient::removeFriend(const QString &, const QObject *, Callback<void>) {}
void ApiClient::putDiary(const QString &, const kj::DiaryWrite &, const QObject *, Callback<DiaryWriteResult>) {}
void ApiClient::diary(const QString &, const QObject *, Callback<kj::Diary>) {}
void ApiClient::deleteDiary(const QString &, const QObject *, Callback<void>) {}
void ApiClient::userDiaries(const QString &, const QString &, int, const QObject *, Callback<DiaryPage>) {}
void ApiClient::feed(const QString &, int, const QObject *, Callback<DiaryPage>) {}
void ApiClient::changes(const QString &, int, const QObject *, Callback<kj::ChangesPage>) {}

} // namespace kj::app
