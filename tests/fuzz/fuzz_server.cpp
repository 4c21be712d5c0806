// libFuzzer target: the reference server's request handling from raw bytes to response.
//
// Input: the bytes one client sends on one connection (one or more HTTP/1.1 requests, pipelined). They
// go through the real transport (HttpSession: Boost.Beast's parser under the server's header and body
// limits, keep-alive, 100-continue, streamed upload bodies, lingering close), the router and every
// handler, over a socketpair(2) inside this process (no network socket, no port). Once per process the
// fixture makes a store in a temporary folder ($TMPDIR, left behind), seeds the demo accounts (demo, xiaohong, dawei,
// with friends and diaries) and gives two of them fixed bearer tokens, so signed-in routes are reached:
//
//     Authorization: Bearer fuzz-demo        (the user "demo")
//     Authorization: Bearer fuzz-xiaohong    (the user "xiaohong", demo's friend)
//
// The store keeps what earlier inputs wrote (as a real server would); the two sessions are made anew
// when an input signed one out. A crash, a sanitizer report, an exception out of a handler or the body
// planner, an answer of 500 or above to anything a client sent (hostile input must get a 4xx), or a JSON
// answer that is not one object (an error not in the wire's error format) aborts.
// A run that never ends is libFuzzer's -timeout.

#include "server-stub/api/apicontext.h"
#include "server-stub/api/routes.h"
#include "server-stub/demo/demoseeder.h"
#include "server-stub/http/httpsession.h"
#include "server-stub/http/sessioncontext.h"
#include "server-stub/media/mediastore.h"
#include "server-stub/security/passwordhasher.h"
#include "server-stub/security/sessiontoken.h"
#include "server-stub/store/database.h"
#include "server-stub/store/sessionrepository.h"
#include "server-stub/store/userrepository.h"

#include "models/domain/error.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <sys/socket.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <type_traits>

namespace {

using namespace kj;
using namespace kj::server;
namespace net = boost::asio;
using tcp = net::ip::tcp;

struct FuzzToken {
    const char *token;
    const char *username;
};
const bool g_trace = qEnvironmentVariableIsSet("KJ_FUZZ_TRACE");

constexpr FuzzToken kTokens[] = {{"fuzz-demo", "demo"}, {"fuzz-xiaohong", "xiaohong"}};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "fuzz_server: %s\n", qUtf8Printable(what));
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Access lines and the transport's warnings about hostile input would drown the fuzzer's output.
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

void checkStatus(const server::http::Request &request, int status)
{
    if (status >= 500)
        die(QStringLiteral("%1 %2 was answered %3").arg(QString::fromLatin1(request.method), request.path).arg(status));
}

// The wire contract (design.md section 2): a JSON body is one object, and an error is {"error": {"code", "message"}}.
void checkBody(const server::http::Request &request, const server::http::Response &response)
{
    if (response.file || response.body.isEmpty() || !response.contentType.startsWith("application/json"))
        return;
    const Result<QJsonObject> body = parseJsonObject(response.body);
    const QString where = QStringLiteral("%1 %2 -> %3").arg(QString::fromLatin1(request.method), request.path).arg(response.status);
    if (!body)
        die(where + QStringLiteral(": the JSON body does not parse: ") + body.error().message);
    if (response.status >= 400) {
        const QJsonObject error = body->value(QStringLiteral("error")).toObject();
        if (errorCodeFromName(error.value(QStringLiteral("code")).toString()) == ErrorCode::BadResponse
            || !error.value(QStringLiteral("message")).isString())
            die(where + QStringLiteral(": not the wire's error format: ") + QString::fromUtf8(response.body));
    }
}

// The transport turns a handler's exception into a 500 and goes on; here it is a finding.
template<typename F>
std::invoke_result_t<F> checked(const server::http::Request &request, F call)
{
    try {
        return call();
    } catch (const std::exception &e) {
        die(QStringLiteral("%1 %2 threw: %3")
                .arg(QString::fromLatin1(request.method), request.path, QString::fromLocal8Bit(e.what())));
    }
}

class Fixture
{
public:
    Fixture()
    {
        if (!m_dir.isValid())
            die(QStringLiteral("cannot make a temporary folder: ") + m_dir.errorString());
        m_database = std::make_unique<store::Database>(store::StoreLocation::sqlite(QDir(m_dir.path()).filePath(QStringLiteral("kongjian.sqlite"))));
        if (const Status opened = m_database->open(); !opened)
            die(QStringLiteral("cannot open the store: ") + opened.error().message);
        if (const Status seeded = seedDemo(*m_database, m_passwords); !seeded)
            die(QStringLiteral("cannot seed the demo data: ") + seeded.error().message);
        m_media = std::make_unique<media::MediaStore>(m_dir.path(), media::MediaLimits{});
        if (const Status prepared = m_media->prepare(); !prepared)
            die(QStringLiteral("cannot prepare the media folder: ") + prepared.error().message);
        const api::ApiContext context{m_database.get(), &m_passwords, m_media.get()};
        m_router = std::make_unique<api::Router>(api::bearerAuthenticator(context));
        api::addApiRoutes(*m_router, context);
        const api::Router *router = m_router.get();
        m_context = std::make_shared<server::http::detail::SessionContext>(
            [router](const server::http::Request &request) {
                server::http::Response response = checked(request, [&] { return router->handle(request); });
                checkStatus(request, response.status);
                checkBody(request, response);
                if (g_trace) // what a corpus file reaches: KJ_FUZZ_TRACE=1 fuzz_server FILE
                    std::fprintf(stderr, "%s %s -> %d\n", request.method.constData(), qUtf8Printable(request.path), response.status);
                return response;
            },
            [router](const server::http::Request &head) {
                server::http::BodyPlan plan = checked(head, [&] { return router->planBody(head); });
                if (plan.refusal)
                    checkStatus(head, plan.refusal->status);
                return plan;
            },
            server::http::Limits{});
    }

    //! Gives the fuzz users their sessions (again, if an input signed one out).
    void signIn()
    {
        const QDateTime now = nowUtc();
        store::SessionRepository sessions(m_database->connection());
        for (const FuzzToken &fuzz : kTokens) {
            const QByteArray hash = SessionToken::hash(fuzz.token);
            const Result<std::optional<store::UserRecord>> current = sessions.findUser(hash, now);
            if (current && current->has_value())
                continue;
            const Result<std::optional<store::UserRecord>> user =
                store::UserRepository(m_database->connection()).findByUsername(QString::fromLatin1(fuzz.username));
            if (!user || !user->has_value())
                die(QStringLiteral("the demo user %1 is missing").arg(QString::fromLatin1(fuzz.username)));
            if (const Status made = sessions.create(hash, (*user)->id, QStringLiteral("fuzz"), now, now.addYears(10)); !made)
                die(QStringLiteral("cannot create the fuzz session: ") + made.error().message);
        }
    }

    //! Sends `bytes` on one connection, then ends the sending side, and takes every answer until the
    //! server closes.
    void converse(const char *bytes, std::size_t size)
    {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
            die(QStringLiteral("socketpair failed"));
        boost::system::error_code ec;
        tcp::socket serverSide(net::make_strand(m_io));
        tcp::socket clientSide(m_io);
        if (serverSide.assign(tcp::v4(), fds[0], ec); ec)
            die(QStringLiteral("cannot adopt the server's end: ") + QString::fromStdString(ec.message()));
        if (clientSide.assign(tcp::v4(), fds[1], ec); ec)
            die(QStringLiteral("cannot adopt the client's end: ") + QString::fromStdString(ec.message()));

        std::make_shared<server::http::detail::HttpSession>(std::move(serverSide), m_context)->start();
        net::async_write(clientSide, net::buffer(bytes, size), [&clientSide](boost::system::error_code, std::size_t) {
            boost::system::error_code ignored;
            clientSide.shutdown(tcp::socket::shutdown_send, ignored); // the server reads EOF after the input
        });
        m_answers.clear();
        net::async_read(clientSide, net::dynamic_buffer(m_answers),
                        [](boost::system::error_code, std::size_t) {}); // until the server closes
        m_io.run();
        m_io.restart();
    }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/kj-fuzz-server-XXXXXX")};
    PasswordHasher m_passwords;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<media::MediaStore> m_media;
    std::unique_ptr<api::Router> m_router;
    std::shared_ptr<server::http::detail::SessionContext> m_context;
    net::io_context m_io;
    std::string m_answers;
};

Fixture *g_fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    static QCoreApplication *app = new QCoreApplication(*argc, *argv); // the Qt SQL driver is a plugin
    Q_UNUSED(app);
    // Never destroyed: libFuzzer ends with exit(), which runs the main thread's thread_local destructors
    // before static ones, and store::Database's destructor uses its thread_local table of connections.
    // fuzz.sh empties $TMPDIR before each run instead.
    g_fixture = new Fixture;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_fixture->signIn();
    g_fixture->converse(reinterpret_cast<const char *>(data), size);
    return 0;
}
