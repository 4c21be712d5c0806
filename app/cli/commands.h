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
int rejectedCommand(Cli &cli, const QStringList &args);  // rejectedcommands.cpp: changes the server refused
int postCommand(Cli &cli, const QStringList &args);      // postcommands.cpp: 说说, comments, likes
int commentCommand(Cli &cli, const QStringList &args);
int commentsCommand(Cli &cli, const QStringList &args);
int likeCommand(Cli &cli, const QStringList &args);
int unlikeCommand(Cli &cli, const QStringList &args);
int repostCommand(Cli &cli, const QStringList &args);    // repostcommands.cpp: reposts, notifications
int notificationsCommand(Cli &cli, const QStringList &args);
int spaceCommand(Cli &cli, const QStringList &args);     // spacecommands.cpp: decoration, guestbook, visitors
int guestbookCommand(Cli &cli, const QStringList &args);
int visitCommand(Cli &cli, const QStringList &args);
int visitorsCommand(Cli &cli, const QStringList &args);
int albumCommand(Cli &cli, const QStringList &args);     // mediacommands.cpp: albums, photo uploads, media
int photoCommand(Cli &cli, const QStringList &args);
int albumNewCommand(Cli &cli, const QStringList &args);  // albumcommands.cpp: albums offline first
int albumEditCommand(Cli &cli, const QStringList &args);
int photoEditCommand(Cli &cli, const QStringList &args);  // mediaeditcommands.cpp: photo and track edits offline first
int trackEditCommand(Cli &cli, const QStringList &args);
int mediaCommand(Cli &cli, const QStringList &args);
int groupsCommand(Cli &cli, const QStringList &args);    // groupcommands.cpp: my friend groups
int groupCommand(Cli &cli, const QStringList &args);
int trackCommand(Cli &cli, const QStringList &args);     // trackcommands.cpp: tracks and the space's music
int tracksCommand(Cli &cli, const QStringList &args);
//! `space music TRACK_ID... [--autoplay] [--shuffle]` (spaceCommand passes what follows "music").
int spaceMusicCommand(Cli &cli, const QStringList &args);
//! The server's feed (diaries and 说说 with reactions), newest first; the `feed --online` of feedCommand.
int onlineFeed(Cli &cli, int limit);
//! The feed kept here (diaries, 说说, reposts, photos, tracks of mine and my friends'), newest first; works offline.
int localFeed(Cli &cli, int limit);

} // namespace kj::cli
