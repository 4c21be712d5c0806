#include "app/account/profile.h"

namespace kj::app {

Profile::Profile(QString directory) : m_directory(std::move(directory)) {}
QString Profile::defaultDirectory() { return {}; }
QUrl Profile::server() const { return kDefaultServer; }
Status Profile::setServer(const QUrl &) { return {}; }
std::optional<Account> Profile::account() const { return std::nullopt; }
Status Profile::saveAccount(const Account &) { return {}; }
Status Profile::forgetToken() { return {}; }
Result<QString> Profile::storePath(const QUrl &, const QString &) const { return QString(); }
QString Profile::serverKey(const QUrl &) { return {}; }
Result<QUrl> Profile::parseServerUrl(const QString &text) { return QUrl(text); }
QString Profile::filePath(const QString &name) const { return name; }
Status Profile::ensureDirectory() const { return {}; }

} // namespace kj::app
