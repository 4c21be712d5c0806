#pragma once

namespace kj::store {
class ClientStore;
}

namespace kj::cli {

class Cli;

//! For `kongjian-cli status`: the pending changes counted per kind, and the changes the server refused
//! (kind, what, why), each with the id that dismisses it.
void printQueueReport(Cli &cli, kj::store::ClientStore &store);

} // namespace kj::cli
