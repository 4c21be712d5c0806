#pragma once

#include "models/domain/result.h"

#include <QString>

namespace kj::cli {

class Cli;

// Commands for 说说, comments, likes, albums, photos, the space and the guestbook go straight to the server for now
// (the offline outbox takes them later); these helpers give their failures the same words everywhere.

//! The error of an online-only command in words; when the server is away, says that the command needs it.
int failOnline(Cli &cli, const kj::Error &error, const QString &what);
//! Like failOnline, for a text the person composed: the text is kept in a draft file in the profile and the
//! message says how to send it again (`kongjian-cli <retry> < draft`), so nothing they wrote is lost.
int failWrite(Cli &cli, const kj::Error &error, const QString &what, const QString &text, const QString &retry);
//! Text from standard input, or from $EDITOR when standard input is a terminal, without the trailing newline
//! that `echo` or an editor adds.
[[nodiscard]] kj::Result<QString> composeText();

} // namespace kj::cli
