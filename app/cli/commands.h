#pragma once

#include <QStringList>

namespace kj::cli {

class Cli;

// Each command of kongjian-cli: its arguments after the command word(s); the exit code.
int registerCommand(Cli &cli, const QStringList &args);
int loginCommand(Cli &cli, const QStringList &args);
int logoutCommand(Cli &cli, const QStringList &args);
int diaryCommand(Cli &cli, const QStringList &args);
int feedCommand(Cli &cli, const QStringList &args);
int friendsCommand(Cli &cli, const QStringList &args);
int syncCommand(Cli &cli, const QStringList &args);
int statusCommand(Cli &cli, const QStringList &args);

} // namespace kj::cli
