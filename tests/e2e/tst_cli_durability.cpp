#include "app/account/profile.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/commentrepository.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/outbox.h"
#include "tests/support/clirunner.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

//! What the test knows of one item it wrote: the content last reported as saved, and the contents of
//! writes that were killed before they said so (each may or may not have been committed).
struct Tracked {
    QString kind;
    QString reported;         // the last content the CLI said it saved
    QStringList unconfirmed;  // contents of killed writes after it (committed or not)
    bool deleted = false;     // a delete was reported
    bool maybeDeleted = false; // a delete was killed before it said so
};

//! The test's picture of what alice wrote: item id -> what may be in the store.
struct Model {
    QMap<QString, Tracked> items;
    //! Contents of creates killed before they printed an id: each may exist (once), under an id unknown here.
    QStringList unconfirmedCreates;

    //! Live items of `kind` that the next action may touch.
    QStringList touchable(const QString &kind) const
    {
        QStringList ids;
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            if (it->kind == kind && !it->deleted && !it->maybeDeleted)
                ids.append(it.key());
        }
        return ids;
    }
};

//! One prepared run of kongjian-cli and how to read what it printed.
struct Step {
    QStringList args;
    QByteArray input;
    //! Records in the model what the run reported (`out` is all it printed before it ended or was killed).
    //! Gives whether it reported a change as saved.
    std::function<bool(Model &model, const QString &out)> settle;
    //! Records a run that was killed before it reported (its change may or may not be committed).
    std::function<void(Model &model)> unconfirmed;
};

//! One kind of action in the table: a name, how often it is picked, and how to prepare it (nullopt when
//! it cannot run now, e.g. an edit with nothing to edit).
struct Action {
    QString name;
    int weight;
    std::function<std::optional<Step>(const Model &model, QRandomGenerator &random, int round)> prepare;
};

//! A kind of item the final checks know how to find locally and on the server.
struct Kind {
    QString name;
    //! The item's content in the local store; nullopt when it is not there (or deleted).
    std::function<std::optional<QString>(kj::store::ClientStore &store, const QString &id)> local;
    //! Every one of alice's items of this kind on the server: id -> content (a list, to see doubles).
    std::function<QList<std::pair<QString, QString>>(JsonClient &json, const QString &token)> server;
    //! Every one of alice's items of this kind in the local store (not deleted): id -> content.
    std::function<QList<std::pair<QString, QString>>(kj::store::ClientStore &store)> allLocal;
};

//! A body long enough to span several SQLite pages, unique to `tag`.
QString bodyFor(const QString &tag)
{
    QString body = u"# "_s + tag + u"\n\n"_s;
    for (int i = 0; i < 12; ++i)
        body += u"第%1段 of %2: written on the train, the tunnel comes, the lid closes.\n\n"_s.arg(i).arg(tag);
    return body + u"end of "_s + tag; // no final newline: `post new` drops it, `post edit` keeps it
}

QString randomTag(QRandomGenerator &random, int round, const QString &what)
{
    return u"r%1-%2-%3"_s.arg(round).arg(what).arg(random.generate() % 100000);
}

//! The commands of one kind of item a person writes: `<noun> new [extra]` prints the new id, `<noun> edit ID`
//! prints "Saved ID.", `<noun> delete ID` prints "Deleted ID." (each once the change is committed here).
struct WritableKind {
    QString kind;            // the outbox kind, "diary", "post"
    QString noun;            // the command, "diary", "post"
    QStringList newOptions;  // e.g. {"--title", "T"}; %1 is the round
    int weight = 1;          // how often its actions are picked, relative to the other kinds
};

QList<Action> writeActions(const WritableKind &what)
{
    QList<Action> actions;
    const QString kind = what.kind;
    const QString noun = what.noun;
    actions.append({noun + u" new"_s, 4 * what.weight, [what](const Model &, QRandomGenerator &random, int round) -> std::optional<Step> {
        const QString body = bodyFor(randomTag(random, round, what.noun + u"-new"_s));
        Step step;
        step.args = {what.noun, u"new"_s};
        for (const QString &option : what.newOptions)
            step.args.append(option.contains(u"%1"_s) ? option.arg(round) : option);
        step.input = body.toUtf8();
        step.settle = [kind = what.kind, body](Model &model, const QString &out) {
            const QString id = out.section(u'\n', 0, 0).trimmed();
            if (!kj::isValidItemId(id))
                return false;
            model.items.insert(id, Tracked{kind, body, {}, false, false});
            return true;
        };
        step.unconfirmed = [body](Model &model) { model.unconfirmedCreates.append(body); };
        return step;
    }});
    actions.append({noun + u" edit"_s, 3 * what.weight, [kind, noun](const Model &model, QRandomGenerator &random, int round) -> std::optional<Step> {
        const QStringList ids = model.touchable(kind);
        if (ids.isEmpty())
            return std::nullopt;
        const QString id = ids.at(int(random.bounded(ids.size())));
        const QString body = bodyFor(randomTag(random, round, noun + u"-edit"_s));
        Step step;
        step.args = {noun, u"edit"_s, id};
        step.input = body.toUtf8();
        step.settle = [id, body](Model &model, const QString &out) {
            if (!out.contains(u"Saved "_s + id + u'.'))
                return false;
            Tracked &item = model.items[id];
            item.reported = body;
            item.unconfirmed.clear();
            return true;
        };
        step.unconfirmed = [id, body](Model &model) { model.items[id].unconfirmed.append(body); };
        return step;
    }});
    actions.append({noun + u" delete"_s, what.weight, [kind, noun](const Model &model, QRandomGenerator &random, int) -> std::optional<Step> {
        const QStringList ids = model.touchable(kind);
        if (ids.size() < 3) // keep a few to edit
            return std::nullopt;
        const QString id = ids.at(int(random.bounded(ids.size())));
        Step step;
        step.args = {noun, u"delete"_s, id};
        step.settle = [id](Model &model, const QString &out) {
            if (!out.contains(u"Deleted "_s + id + u'.'))
                return false;
            model.items[id].deleted = true;
            return true;
        };
        step.unconfirmed = [id](Model &model) { model.items[id].maybeDeleted = true; };
        return step;
    }});
    return actions;
}

//! Comments of alice's on `anchor` (bob's public 说说, never deleted): `comment post ID` prints the comment's id,
//! `comment delete CID` prints "Deleted CID.".
QList<Action> commentActions(const QString &anchor)
{
    const QString kind = u"comment"_s;
    QList<Action> actions;
    actions.append({u"comment"_s, 3, [kind, anchor](const Model &, QRandomGenerator &random, int round) -> std::optional<Step> {
        const QString text = randomTag(random, round, u"comment"_s) + u": 说得好！\n\nsecond line"_s;
        Step step;
        step.args = {u"comment"_s, u"post"_s, anchor};
        step.input = text.toUtf8();
        step.settle = [kind, text](Model &model, const QString &out) {
            const QString id = out.section(u'\n', 0, 0).trimmed();
            if (!kj::isValidItemId(id))
                return false;
            model.items.insert(id, Tracked{kind, text, {}, false, false});
            return true;
        };
        step.unconfirmed = [text](Model &model) { model.unconfirmedCreates.append(text); };
        return step;
    }});
    actions.append({u"comment delete"_s, 1, [kind](const Model &model, QRandomGenerator &random, int) -> std::optional<Step> {
        const QStringList ids = model.touchable(kind);
        if (ids.size() < 3)
            return std::nullopt;
        const QString id = ids.at(int(random.bounded(ids.size())));
        Step step;
        step.args = {u"comment"_s, u"delete"_s, id};
        step.settle = [id](Model &model, const QString &out) {
            if (!out.contains(u"Deleted "_s + id + u'.'))
                return false;
            model.items[id].deleted = true;
            return true;
        };
        step.unconfirmed = [id](Model &model) { model.items[id].maybeDeleted = true; };
        return step;
    }});
    return actions;
}

Action syncAction()
{
    return {u"sync"_s, 3, [](const Model &, QRandomGenerator &, int) -> std::optional<Step> {
        Step step;
        step.args = {u"sync"_s};
        step.settle = [](Model &, const QString &) { return false; };
        step.unconfirmed = [](Model &) {};
        return step;
    }};
}

//! alice's items of one kind on the server, from a paged list of hers (`path`, e.g. "/api/v1/users/alice/posts"):
//! id -> `field`.
QList<std::pair<QString, QString>> serverList(JsonClient &json, const QString &token, const QString &path, const QString &field)
{
    QList<std::pair<QString, QString>> result;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const TestReply reply = json.get(path + u"?limit=100"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), token);
        if (reply.status != 200)
            return {{u"error"_s, QString::fromUtf8(reply.body)}};
        for (const QJsonValue &item : reply.json.value(u"items"_s).toArray()) {
            const QJsonObject object = item.toObject();
            // Lists that carry everyone's items (an item's comments) give alice's only.
            const QString author = object.value(u"author"_s).toObject().value(u"username"_s).toString();
            if (author.isEmpty() || author == u"alice")
                result.append({object.value(u"id"_s).toString(), object.value(field).toString()});
        }
        cursor = reply.json.value(u"nextCursor"_s).toString();
        if (cursor.isEmpty())
            break;
    }
    return result;
}

Kind diaryKind()
{
    Kind kind;
    kind.name = u"diary"_s;
    kind.local = [](kj::store::ClientStore &store, const QString &id) -> std::optional<QString> {
        const std::optional<kj::store::LocalDiary> diary = store.diaries().find(id);
        return diary ? std::optional<QString>(diary->diary.body) : std::nullopt;
    };
    kind.allLocal = [](kj::store::ClientStore &store) {
        QList<std::pair<QString, QString>> result;
        for (const kj::store::LocalDiary &diary : store.diaries().listByAuthor(store.owner().username))
            result.append({diary.diary.id, diary.diary.body});
        return result;
    };
    kind.server = [](JsonClient &json, const QString &token) {
        return serverList(json, token, u"/api/v1/users/alice/diaries"_s, u"body"_s);
    };
    return kind;
}

//! 说说, kept in the generic items cache as the server's JSON.
Kind postKind()
{
    Kind kind;
    kind.name = u"post"_s;
    kind.local = [](kj::store::ClientStore &store, const QString &id) -> std::optional<QString> {
        const std::optional<kj::store::CachedItem> post = kj::store::ItemRepository(store).find(u"post"_s, id);
        if (!post || post->deleted)
            return std::nullopt;
        return post->json.value(u"text"_s).toString();
    };
    kind.allLocal = [](kj::store::ClientStore &store) {
        QList<std::pair<QString, QString>> result;
        for (const kj::store::CachedItem &post : kj::store::ItemRepository(store).listByOwner(u"post"_s, store.owner().username)) {
            if (!post.deleted)
                result.append({post.id, post.json.value(u"text"_s).toString()});
        }
        return result;
    };
    kind.server = [](JsonClient &json, const QString &token) {
        return serverList(json, token, u"/api/v1/users/alice/posts"_s, u"text"_s);
    };
    return kind;
}

//! alice's comments on `anchor`.
Kind commentKind(const QString &anchor)
{
    Kind kind;
    kind.name = u"comment"_s;
    kind.local = [](kj::store::ClientStore &store, const QString &id) -> std::optional<QString> {
        const std::optional<kj::store::LocalComment> comment = kj::store::CommentRepository(store).find(id);
        if (!comment || comment->deleted)
            return std::nullopt;
        return comment->comment.text;
    };
    kind.allLocal = [anchor](kj::store::ClientStore &store) {
        QList<std::pair<QString, QString>> result;
        for (const kj::store::LocalComment &comment : kj::store::CommentRepository(store).commentsOf(kj::ItemKind::Post, anchor)) {
            if (!comment.deleted && comment.comment.author.username == store.owner().username)
                result.append({comment.comment.id, comment.comment.text});
        }
        return result;
    };
    kind.server = [anchor](JsonClient &json, const QString &token) {
        return serverList(json, token, u"/api/v1/items/post/%1/comments"_s.arg(anchor), u"text"_s);
    };
    return kind;
}

//! PRAGMA integrity_check of a store file through its own connection; "ok" when sound.
QString integrityCheck(const QString &path)
{
    const QString name = u"integrity-%1"_s.arg(QRandomGenerator::global()->generate());
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            answer = u"cannot open"_s;
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA integrity_check"_s)) {
                answer = u"cannot check"_s;
            } else {
                QStringList lines;
                while (query.next())
                    lines.append(query.value(0).toString());
                answer = lines.join(u"; "_s);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace

//! kongjian-cli is killed with SIGKILL at random moments while it writes and syncs (the seed is printed;
//! KJ_DURABILITY_SEED=N replays a run, KJ_DURABILITY_ROUNDS=N makes it longer). Afterwards everything it said it saved is in the local store, one
//! clean sync puts each of those changes on the server exactly once, and the store file is sound.
class TestCliDurability : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_anchor; // bob's public 说说 that alice comments on

    QString storePath() const
    {
        const kj::app::Profile profile(m_cli->profileDir(u"alice"_s));
        const std::optional<kj::app::Account> account = profile.account();
        if (!account)
            return {};
        const kj::Result<QString> path = profile.storePath(account->server, u"alice"_s);
        return path ? *path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start().ok(), "the server did not start");
        m_cli = std::make_unique<CliRunner>(m_server.baseUrl());
        QCOMPARE(m_cli->run(u"alice"_s, {u"register"_s, u"alice"_s}, CliRunner::password(u"alice"_s)).code, 0);
        JsonClient json(m_server.baseUrl());
        const QString bob = json.signUp(u"bob"_s);
        QVERIFY(!bob.isEmpty());
        m_anchor = kj::newItemId();
        const TestReply posted = json.put(u"/api/v1/posts/"_s + m_anchor,
                                          {{u"text"_s, u"comment here"_s}, {u"visibility"_s, u"public"_s}, {u"photoIds"_s, QJsonArray()},
                                           {u"baseRevision"_s, QJsonValue()}},
                                          bob);
        QVERIFY2(posted.status == 201, posted.body.constData());
    }

    void killedAtRandomMomentsLosesNothing()
    {
        bool seeded = false;
        const quint32 seed = qEnvironmentVariable("KJ_DURABILITY_SEED").toUInt(&seeded);
        const quint32 usedSeed = seeded ? seed : QRandomGenerator::global()->generate();
        qInfo("durability seed %u (replay with KJ_DURABILITY_SEED=%u)", usedSeed, usedSeed);
        QRandomGenerator random(usedSeed);

        // The table: each row a kind of action; add a kind of item by adding its commands and its Kind.
        QList<Action> actions = writeActions({u"diary"_s, u"diary"_s, {u"--title"_s, u"round %1"_s, u"--visibility"_s, u"friends"_s}, 1});
        actions += writeActions({u"post"_s, u"post"_s, {u"--visibility"_s, u"friends"_s}, 1});
        actions += commentActions(m_anchor);
        actions.append(syncAction());
        const QList<Kind> kinds = {diaryKind(), postKind(), commentKind(m_anchor)};
        int totalWeight = 0;
        for (const Action &action : actions)
            totalWeight += action.weight;

        Model model;
        // How long a whole run of each action takes here (learned from runs that were not killed), so the
        // kills land anywhere from the start of the process to its end, the sync included.
        QHash<QString, qint64> fullRunMs;
        // KJ_DURABILITY_ROUNDS=N runs longer, to hunt for rarer bugs.
        const int kRounds = qMax(120, qEnvironmentVariableIntValue("KJ_DURABILITY_ROUNDS"));
        int killedBeforeReport = 0;
        int killedAfterReport = 0;
        int completed = 0;
        for (int round = 0; round < kRounds; ++round) {
            int pick = int(random.bounded(totalWeight));
            const Action *chosen = nullptr;
            for (const Action &action : actions) {
                pick -= action.weight;
                if (pick < 0) {
                    chosen = &action;
                    break;
                }
            }
            std::optional<Step> step = chosen->prepare(model, random, round);
            if (!step) {
                chosen = &actions.first(); // nothing to touch yet: write something
                step = chosen->prepare(model, random, round);
            }
            QVERIFY(step);
            const qint64 typical = fullRunMs.value(chosen->name, 200);
            // One run in six goes to its end (and teaches how long a run takes); the others die somewhere.
            const bool kill = round >= 4 && random.bounded(6) != 0;
            const int delayMs = kill ? int(random.bounded(qMax<qint64>(typical * 11 / 10, 5))) : 0;

            QElapsedTimer clock;
            clock.start();
            std::unique_ptr<QProcess> process = m_cli->start(u"alice"_s, step->args, step->input);
            QVERIFY2(process, "kongjian-cli did not start");
            bool finished = process->waitForFinished(kill ? delayMs : 60000);
            if (!finished) {
                process->kill(); // SIGKILL
                QVERIFY(process->waitForFinished(30000));
            }
            const QString out = QString::fromUtf8(process->readAllStandardOutput());
            const QString err = QString::fromUtf8(process->readAllStandardError());
            const bool killed = process->exitStatus() == QProcess::CrashExit;
            const QString what = u"round %1 (%2, %3): "_s.arg(round).arg(chosen->name, killed ? u"killed after %1 ms"_s.arg(delayMs) : u"ran to its end"_s);
            if (!killed) {
                // A run that was not killed must succeed: a store left locked or damaged by an earlier kill
                // would show here.
                QVERIFY2(process->exitCode() == 0, qPrintable(what + out + err));
                fullRunMs.insert(chosen->name, clock.elapsed());
                ++completed;
            }
            const bool reported = step->settle(model, out);
            if (!reported && killed)
                step->unconfirmed(model);
            if (killed)
                ++(reported ? killedAfterReport : killedBeforeReport);

            if (round % 30 == 29) {
                const QString check = integrityCheck(storePath());
                QVERIFY2(check == u"ok"_s, qPrintable(what + check));
            }
        }
        qInfo("%d rounds: %d killed before the change was reported, %d killed after it (while syncing), %d ran to the end",
              kRounds, killedBeforeReport, killedAfterReport, completed);
        // Every row of the table ran, and the kills landed on both sides of the report, or this test proved little.
        for (const Kind &kind : kinds) {
            QVERIFY2(std::any_of(model.items.cbegin(), model.items.cend(), [&](const Tracked &item) { return item.kind == kind.name; }),
                     qPrintable(u"no "_s + kind.name + u" was reported saved"_s));
        }
        QVERIFY(killedBeforeReport >= 5);
        QVERIFY(killedAfterReport >= 5);

        // The store file is sound, and everything reported as saved is in it.
        const QString path = storePath();
        QVERIFY(!path.isEmpty());
        QCOMPARE(integrityCheck(path), u"ok"_s);
        {
            const kj::User alice{u"alice"_s, u"alice"_s, {}};
            auto store = kj::store::ClientStore::open(path, alice);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            for (const Kind &kind : kinds) {
                for (auto it = model.items.cbegin(); it != model.items.cend(); ++it) {
                    if (it->kind != kind.name)
                        continue;
                    const std::optional<QString> local = kind.local(**store, it.key());
                    if (it->deleted) {
                        QVERIFY2(!local, qPrintable(it.key() + u" was reported deleted but is still here"_s));
                        continue;
                    }
                    if (!local) {
                        QVERIFY2(it->maybeDeleted, qPrintable(it.key() + u" was reported saved but is not in the store"_s));
                        continue;
                    }
                    QVERIFY2(*local == it->reported || it->unconfirmed.contains(*local),
                             qPrintable(u"%1 holds neither what was reported saved nor a later write:\n"_s.arg(it.key()) + *local));
                }
            }
        }

        // One clean sync, then the server holds each of them exactly once, as the store does.
        const CliRunner::Run sync = m_cli->run(u"alice"_s, {u"sync"_s});
        QVERIFY2(sync.code == 0 && sync.out.contains(u"nothing pending"_s), qPrintable(sync.out + sync.err));
        QCOMPARE(integrityCheck(path), u"ok"_s);
        JsonClient json(m_server.baseUrl());
        const QString token = json.signIn(u"alice"_s, JsonClient::passwordFor(u"alice"_s));
        QVERIFY(!token.isEmpty());
        const kj::User alice{u"alice"_s, u"alice"_s, {}};
        auto store = kj::store::ClientStore::open(path, alice);
        QVERIFY(store.ok());
        QCOMPARE((*store)->outbox().pendingCount(), 0);
        for (const Kind &kind : kinds) {
            const QList<std::pair<QString, QString>> onServer = kind.server(json, token);
            QMap<QString, QString> serverById;
            QHash<QString, int> copiesOfContent;
            for (const auto &[id, content] : onServer) {
                QVERIFY2(!serverById.contains(id), qPrintable(u"the server lists %1 twice"_s.arg(id)));
                serverById.insert(id, content);
                ++copiesOfContent[content];
            }
            for (auto it = copiesOfContent.cbegin(); it != copiesOfContent.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(u"the server holds %1 copies of:\n"_s.arg(it.value()) + it.key()));
            // The server and the store agree item by item.
            QMap<QString, QString> localById;
            for (const auto &[id, content] : kind.allLocal(**store))
                localById.insert(id, content);
            QCOMPARE(serverById.keys(), localById.keys());
            for (auto it = localById.cbegin(); it != localById.cend(); ++it)
                QVERIFY2(serverById.value(it.key()) == it.value(), qPrintable(it.key() + u" differs on the server"_s));
            // Each item reported saved is there with its content; each reported deleted is gone.
            for (auto it = model.items.cbegin(); it != model.items.cend(); ++it) {
                if (it->kind != kind.name)
                    continue;
                if (it->deleted) {
                    QVERIFY2(!serverById.contains(it.key()), qPrintable(it.key() + u" was deleted but is on the server"_s));
                } else if (!it->maybeDeleted) {
                    QVERIFY2(serverById.contains(it.key()), qPrintable(it.key() + u" never reached the server"_s));
                    const QString content = serverById.value(it.key());
                    QVERIFY2(content == it->reported || it->unconfirmed.contains(content),
                             qPrintable(it.key() + u" on the server holds neither what was saved nor a later write:\n"_s + content));
                }
            }
            // Items the test does not know by id come only from creates killed before they printed theirs.
            for (auto it = serverById.cbegin(); it != serverById.cend(); ++it) {
                if (!model.items.contains(it.key()))
                    QVERIFY2(model.unconfirmedCreates.contains(it.value()), qPrintable(u"a stray item on the server: "_s + it.key()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDurability)
#include "tst_cli_durability.moc"
