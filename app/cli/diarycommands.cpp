#include "app/cli/audienceoption.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/terminal.h"

#include "app/clientsession.h"
#include "app/network/apiclient.h"
#include "app/services/diaryservice.h"
#include "models/domain/apiversion.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"

namespace kj::cli {

namespace {

//! A title from the text when none is given: its first line, without Markdown heading marks.
QString titleFromBody(const QString &body)
{
    const QStringList lines = body.split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        while (line.startsWith(u'#'))
            line = line.mid(1).trimmed();
        if (!line.isEmpty())
            return line.left(80);
    }
    return {};
}

void printLine(Cli &cli, const kj::store::LocalDiary &local, bool withAuthor)
{
    const kj::Diary &d = local.diary;
    cli.out() << d.id << "  " << Cli::showTime(d.updatedAt) << "  ";
    if (withAuthor)
        cli.out() << d.author.username << "  ";
    cli.out() << kj::visibilityName(d.visibility) << "  " << (d.title.isEmpty() ? QStringLiteral("(untitled)") : d.title);
    if (local.pending)
        cli.out() << "  [not synced]";
    cli.out() << '\n';
}

void printDiary(Cli &cli, const kj::store::LocalDiary &local)
{
    const kj::Diary &d = local.diary;
    cli.out() << (d.title.isEmpty() ? QStringLiteral("(untitled)") : d.title) << '\n'
              << "by " << d.author.displayName << " (" << d.author.username << ") · " << Cli::showTime(d.updatedAt)
              << " · " << kj::visibilityName(d.visibility);
    if (d.revision > 0)
        cli.out() << " · revision " << d.revision;
    if (local.pending)
        cli.out() << " · not synced yet";
    cli.out() << "\nid " << d.id << "\n\n" << d.body;
    if (!d.body.endsWith(u'\n'))
        cli.out() << '\n';
}

int newDiary(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("title"), QStringLiteral("The title (default: the first line of the text)."),
                      QStringLiteral("T")});
    addAudienceOptions(parser, QStringLiteral("private"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("diary new [--title T] [--visibility public|friends|groups|private [--groups ID,ID]]"),
            QStringLiteral("Writes a diary. The text comes from standard input, or from $EDITOR when standard input "
                           "is a terminal. Prints the new diary's id. Saved here first, then sent to the server."),
            0, 0))
        return *stop;
    kj::Result<kj::Audience> audience = audienceOption(parser, kj::Audience{kj::Visibility::Private, {}});
    if (!audience)
        return cli.fail(audience.error());
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    kj::Result<QString> body = stdinIsTerminal() ? editText(QString()) : readAllStdin();
    if (!body)
        return cli.fail(body.error());
    const QString title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : titleFromBody(*body);
    if (body->trimmed().isEmpty() && title.trimmed().isEmpty())
        return cli.fail(QStringLiteral("the diary is empty; nothing was saved"));
    kj::Result<kj::store::LocalDiary> saved = (*session)->diaries().create(title, *body, audience->visibility, audience->groups);
    if (!saved)
        return cli.fail(saved.error());
    cli.out() << saved->diary.id << '\n';
    cli.out().flush();
    cli.syncAfterWrite();
    return Success;
}

int editDiary(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The diary's id."));
    parser.addOption({QStringLiteral("title"), QStringLiteral("A new title."), QStringLiteral("T")});
    addAudienceOptions(parser, QStringLiteral("unchanged"));
    if (const std::optional<int> stop = cli.parseCommand(
            parser, args, QStringLiteral("diary edit ID [--title T] [--visibility public|friends|groups|private [--groups ID,ID]]"),
            QStringLiteral("Changes one of my diaries. A new text comes from standard input (empty input keeps the "
                           "old text), or from $EDITOR, opened on the old text, when standard input is a terminal."),
            1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    const std::optional<kj::store::LocalDiary> existing = (*session)->store().diaries().find(id);
    if (!existing)
        return cli.fail(QStringLiteral("there is no diary %1 here (\"%2 diary list\" shows yours)").arg(id, QStringLiteral("kongjian-cli")));
    const kj::Diary &old = existing->diary;
    if (old.author.username != (*session)->account().user.username)
        return cli.fail(QStringLiteral("diary %1 is %2's; you can only edit your own").arg(id, old.author.username));
    kj::Result<kj::Audience> audience = audienceOption(parser, old.audience());
    if (!audience)
        return cli.fail(audience.error());
    kj::Result<QString> body = stdinIsTerminal() ? editText(old.body) : readAllStdin();
    if (!body)
        return cli.fail(body.error());
    const QString newBody = body->isEmpty() ? old.body : *body;
    const QString title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : old.title;
    kj::Result<kj::store::LocalDiary> saved = (*session)->diaries().update(id, title, newBody, audience->visibility, audience->groups);
    if (!saved)
        return cli.fail(saved.error());
    // Only once the change is committed, so a printed line always means "saved here".
    cli.out() << "Saved " << id << ".\n";
    cli.out().flush();
    cli.syncAfterWrite();
    return Success;
}

int listDiaries(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("user"), QStringLiteral("Whose diaries (default: mine)."), QStringLiteral("NAME")});
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("diary list [--user NAME]"),
                                                         QStringLiteral("Lists diaries, newest first: id, time, visibility, title."), 0, 0))
        return *stop;
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    app::ClientSession &current = **session;
    const QString me = current.account().user.username;
    const QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")) : me;
    cli.syncBeforeRead();
    if (user == me || current.store().friends().isFriend(user)) {
        for (const kj::store::LocalDiary &diary : current.store().diaries().listByAuthor(user))
            printLine(cli, diary, false);
        return Success;
    }
    // Not a friend: nothing of theirs is kept here; ask the server for what anyone may see.
    kj::Result<app::DiaryPage> page = Cli::await<app::DiaryPage>([&](auto done) {
        current.api().userDiaries(user, QString(), kj::kMaxPageSize, nullptr, done);
    });
    if (!page) {
        if (page.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no user %1").arg(user));
        return cli.fail(page.error());
    }
    for (const kj::Diary &diary : page->items)
        printLine(cli, kj::store::LocalDiary{diary, false}, false);
    return Success;
}

int showDiary(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The diary's id."));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("diary show ID"),
                                                         QStringLiteral("Shows one diary."), 1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    if (!kj::isValidItemId(id))
        return cli.fail(QStringLiteral("\"%1\" is not a diary id").arg(id));
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    if (const std::optional<kj::store::LocalDiary> local = (*session)->store().diaries().find(id)) {
        printDiary(cli, *local);
        return Success;
    }
    kj::Result<kj::Diary> remote = Cli::await<kj::Diary>([&](auto done) { (*session)->api().diary(id, nullptr, done); });
    if (!remote) {
        if (remote.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no diary %1, or you may not see it").arg(id));
        return cli.fail(remote.error());
    }
    printDiary(cli, kj::store::LocalDiary{*remote, false});
    return Success;
}

int deleteDiary(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The diary's id."));
    if (const std::optional<int> stop = cli.parseCommand(parser, args, QStringLiteral("diary delete ID"),
                                                         QStringLiteral("Deletes one of my diaries, here and then on the server."), 1, 1))
        return *stop;
    const QString id = parser.positionalArguments().first();
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    if (const kj::Status removed = (*session)->diaries().remove(id); !removed) {
        if (removed.error().code == kj::ErrorCode::NotFound)
            return cli.fail(QStringLiteral("there is no diary %1 here").arg(id));
        return cli.fail(removed.error());
    }
    cli.out() << "Deleted " << id << ".\n";
    cli.out().flush();
    cli.syncAfterWrite();
    return Success;
}

} // namespace

int diaryCommand(Cli &cli, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"new")
        return newDiary(cli, rest);
    if (sub == u"edit")
        return editDiary(cli, rest);
    if (sub == u"list")
        return listDiaries(cli, rest);
    if (sub == u"show")
        return showDiary(cli, rest);
    if (sub == u"delete")
        return deleteDiary(cli, rest);
    if (sub == u"--help" || sub == u"-h") {
        cli.out() << "Usage: kongjian-cli diary new|edit|list|show|delete [options]  (each takes --help)\n";
        return Success;
    }
    cli.err() << "kongjian-cli: diary needs one of new, edit, list, show, delete (see kongjian-cli diary --help)\n";
    return UsageError;
}

} // namespace kj::cli
