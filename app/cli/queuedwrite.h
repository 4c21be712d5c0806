#pragma once

#include <QString>

namespace kj::cli {

class Cli;

//! After a change was saved here with its outbox entry (kind, itemId): tells the person at once that it is
//! saved and pending, tries to send it (Cli::syncAfterWrite), and says what became of it. Success when it
//! is sent or still waits for the server; Failure when the server refused it for good in this run (the
//! reason is printed, and the change is kept among the rejected changes: `kongjian-cli rejected`).
int finishQueuedWrite(Cli &cli, const QString &kind, const QString &itemId, const QString &what);

} // namespace kj::cli
