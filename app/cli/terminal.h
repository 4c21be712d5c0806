#pragma once

#include "models/domain/result.h"

#include <QString>

namespace kj::cli {

//! Whether standard input is a terminal (a person typing) rather than a pipe or a file.
[[nodiscard]] bool stdinIsTerminal();
//! All of standard input, as UTF-8.
[[nodiscard]] kj::Result<QString> readAllStdin();
//! A password: typed on the terminal without echo (after `prompt` on stderr), or the first line of
//! standard input when it is not a terminal.
[[nodiscard]] kj::Result<QString> readPassword(const QString &prompt);
//! Lets the person edit `initial` in $EDITOR (else $VISUAL, else vi) on a temporary file; the result.
[[nodiscard]] kj::Result<QString> editText(const QString &initial);

} // namespace kj::cli
