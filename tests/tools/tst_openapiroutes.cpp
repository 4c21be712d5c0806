#include "models/domain/error.h"
#include "server-stub/api/errorstatus.h"
#include "server-stub/api/routes.h"
#include "tests/tools/openapipaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::tools::normalizedRoute;
using kj::tools::OpenApiPaths;

//! Keeps docs/openapi.yaml honest: the spec and the server's route table list the same method and path
//! pairs, and the line reader that collects the spec's pairs finds every one and stops at what it cannot read.
class TestOpenApiRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templatesAreNormalisedAlike_data();
    void templatesAreNormalisedAlike();
    void readerCollectsOperations();
    void readerReportsWhatItCannotRead_data();
    void readerReportsWhatItCannotRead();
    void specAndServerListTheSameRoutes();
    void errorCodesAreDocumentedWithTheirStatus();

private:
    static QString docText(const QString &relativePath);
};

QString TestOpenApiRoutes::docText(const QString &relativePath)
{
    const QByteArray sourceDir = qgetenv("KJ_SOURCE_DIR");
    if (sourceDir.isEmpty())
        return {};
    QFile file(QString::fromLocal8Bit(sourceDir) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestOpenApiRoutes::templatesAreNormalisedAlike_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("openapi") << u"get"_s << u"/api/v1/users/{username}/diaries"_s << u"GET /api/v1/users/{}/diaries"_s;
    QTest::newRow("colon") << u"GET"_s << u"/api/v1/users/:username/diaries"_s << u"GET /api/v1/users/{}/diaries"_s;
    QTest::newRow("angle") << u"Get"_s << u"/api/v1/users/<name>/diaries"_s << u"GET /api/v1/users/{}/diaries"_s;
    QTest::newRow("two templates") << u"post"_s << u"/api/v1/friends/requests/{id}/accept"_s
                                   << u"POST /api/v1/friends/requests/{}/accept"_s;
    QTest::newRow("no template") << u"delete"_s << u"/api/v1/sessions/current"_s << u"DELETE /api/v1/sessions/current"_s;
    QTest::newRow("braces inside a segment stay") << u"get"_s << u"/a/x{id}"_s << u"GET /a/x{id}"_s;
}

void TestOpenApiRoutes::templatesAreNormalisedAlike()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(normalizedRoute(method, path), expected);
}

void TestOpenApiRoutes::readerCollectsOperations()
{
    const QString yaml = uR"(openapi: 3.0.3
info:
  title: t
paths:
  /healthz:
    get:
      responses:
        "200":
          description: ok
  # a comment between paths
  /api/v1/diaries/{id}:
    parameters:
      - name: id
        in: path
    put:
      summary: "put: quoted"
      responses: {}
    get:
      responses: {}
    delete:
      responses: {}
  "/api/v1/users/{username}/diaries":
    get:
      parameters:
        - name: get
      responses: {}
components:
  paths:
    /not/a/route:
      get: {}
)"_s;
    const OpenApiPaths spec = OpenApiPaths::read(yaml);
    QCOMPARE(spec.problems, QStringList());
    const QSet<QString> expected{u"GET /healthz"_s, u"PUT /api/v1/diaries/{}"_s, u"GET /api/v1/diaries/{}"_s,
                                 u"DELETE /api/v1/diaries/{}"_s, u"GET /api/v1/users/{}/diaries"_s};
    QCOMPARE(spec.routes, expected);
}

void TestOpenApiRoutes::readerReportsWhatItCannotRead_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no paths") << u"openapi: 3.0.3\ninfo:\n  title: t\n"_s << u"no top-level paths"_s;
    QTest::newRow("flow paths") << u"paths: {/a: {get: {}}}\n"_s << u"block mapping"_s;
    QTest::newRow("flow path item") << u"paths:\n  /a: {get: {}}\n"_s << u"block mapping"_s;
    QTest::newRow("path without operation") << u"paths:\n  /a:\n    parameters: []\n"_s << u"no operation"_s;
    QTest::newRow("last path without operation") << u"paths:\n  /a:\n    get: {}\n  /b:\n"_s << u"no operation"_s;
    QTest::newRow("misspelt method") << u"paths:\n  /a:\n    gett: {}\n"_s << u"not a key of a path item"_s;
    QTest::newRow("odd indentation") << u"paths:\n  /a:\n   get: {}\n"_s << u"indented by 3"_s;
    QTest::newRow("tab indentation") << u"paths:\n  /a:\n\tget: {}\n"_s << u"tab"_s;
    QTest::newRow("relative path") << u"paths:\n  a:\n    get: {}\n"_s << u"must start with '/'"_s;
    QTest::newRow("twice") << u"paths:\n  /a:\n    get: {}\n  /a:\n    get: {}\n"_s << u"listed twice"_s;
    QTest::newRow("a list item") << u"paths:\n  - /a\n"_s << u"not a mapping key"_s;
}

void TestOpenApiRoutes::readerReportsWhatItCannotRead()
{
    QFETCH(QString, yaml);
    QFETCH(QString, problem);
    const OpenApiPaths spec = OpenApiPaths::read(yaml);
    QVERIFY2(!spec.problems.isEmpty(), "the reader accepted what it cannot read");
    QVERIFY2(spec.problems.join(u'\n').contains(problem), qPrintable(spec.problems.join(u'\n')));
}

void TestOpenApiRoutes::specAndServerListTheSameRoutes()
{
    const QString text = docText(u"docs/openapi.yaml"_s);
    QVERIFY2(!text.isEmpty(), "cannot read $KJ_SOURCE_DIR/docs/openapi.yaml");
    const OpenApiPaths spec = OpenApiPaths::read(text);
    QVERIFY2(spec.problems.isEmpty(), qPrintable(spec.problems.join(u'\n')));
    QVERIFY(!spec.routes.isEmpty());

    QSet<QString> server;
    for (const kj::server::api::RouteInfo &route : kj::server::api::apiRoutes()) {
        const QString normalized = normalizedRoute(QString::fromLatin1(route.method), route.pattern);
        QVERIFY2(!server.contains(normalized), qPrintable(u"the server registers %1 twice"_s.arg(normalized)));
        server.insert(normalized);
    }
    QVERIFY(!server.isEmpty());

    QStringList onlyInSpec = QStringList(spec.routes.begin(), spec.routes.end());
    onlyInSpec.removeIf([&](const QString &route) { return server.contains(route); });
    QStringList onlyInServer = QStringList(server.begin(), server.end());
    onlyInServer.removeIf([&](const QString &route) { return spec.routes.contains(route); });
    onlyInSpec.sort();
    onlyInServer.sort();
    QVERIFY2(onlyInSpec.isEmpty() && onlyInServer.isEmpty(),
             qPrintable(u"docs/openapi.yaml and the server disagree.\n  only in the spec: %1\n  only in the server: %2"_s
                            .arg(onlyInSpec.join(u", "_s), onlyInServer.join(u", "_s))));
}

void TestOpenApiRoutes::errorCodesAreDocumentedWithTheirStatus()
{
    using kj::ErrorCode;
    // Codes a client makes up for itself never travel on the wire.
    const QSet<ErrorCode> clientOnly{ErrorCode::NetworkError, ErrorCode::Timeout, ErrorCode::BadResponse,
                                     ErrorCode::Storage, ErrorCode::Cancelled};
    // errorCodeName() answers "internal" for a value past the last code, which is how the loop finds the end
    // without a list here that would fall behind the enum.
    QHash<QString, int> wire;
    bool sawEnd = false;
    for (int value = 0; value < 1000 && !sawEnd; ++value) {
        const auto code = static_cast<ErrorCode>(value);
        const QString name = kj::errorCodeName(code);
        sawEnd = name == u"internal"_s && code != ErrorCode::Internal;
        if (!sawEnd && !clientOnly.contains(code))
            wire.insert(name, kj::server::httpStatusFor(code));
    }
    QVERIFY2(sawEnd, "errorCodeName() no longer answers \"internal\" past the last code; update this loop");
    QVERIFY(wire.size() > 10);

    const QString apiMd = docText(u"docs/api.md"_s);
    QVERIFY2(!apiMd.isEmpty(), "cannot read $KJ_SOURCE_DIR/docs/api.md");
    static const QRegularExpression row(uR"(^\| `([a-z0-9_]+)` \| (\d{3}) \|)"_s, QRegularExpression::MultilineOption);
    QHash<QString, int> documented;
    QStringList wrong;
    for (const QRegularExpressionMatch &match : row.globalMatch(apiMd)) {
        if (documented.contains(match.captured(1)))
            wrong.append(u"api.md lists %1 twice"_s.arg(match.captured(1)));
        documented.insert(match.captured(1), match.captured(2).toInt());
    }
    for (auto it = wire.cbegin(); it != wire.cend(); ++it) {
        if (documented.value(it.key()) != it.value())
            wrong.append(u"%1 is %2, api.md says %3"_s.arg(it.key()).arg(it.value()).arg(documented.value(it.key())));
    }
    for (auto it = documented.cbegin(); it != documented.cend(); ++it) {
        if (!wire.contains(it.key()))
            wrong.append(u"api.md lists %1, which is no wire error code"_s.arg(it.key()));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));

    // components/schemas/ErrorCode is written as a block: "    ErrorCode:", then "      enum:" and one
    // "        - code" line each, before the next key at four spaces or less.
    const QStringList lines = docText(u"docs/openapi.yaml"_s).split(u'\n');
    const qsizetype start = lines.indexOf(u"    ErrorCode:"_s);
    QVERIFY2(start >= 0, "openapi.yaml has no components/schemas/ErrorCode");
    QSet<QString> specCodes;
    bool inEnum = false;
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!line.trimmed().isEmpty() && !line.startsWith(u"     "_s))
            break; // the next schema
        if (line == u"      enum:"_s)
            inEnum = true;
        else if (inEnum && line.startsWith(u"        - "_s))
            specCodes.insert(line.mid(10).trimmed());
        else
            inEnum = false;
    }
    QVERIFY2(!specCodes.isEmpty(), "ErrorCode in openapi.yaml has no enum");
    const QList<QString> wireNames = wire.keys();
    const QSet<QString> wireCodes(wireNames.begin(), wireNames.end());
    QVERIFY2(specCodes == wireCodes,
             qPrintable(u"openapi.yaml ErrorCode lacks {%1} and has extra {%2}"_s
                            .arg(QStringList((wireCodes - specCodes).values()).join(u", "_s),
                                 QStringList((specCodes - wireCodes).values()).join(u", "_s))));
}

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "tst_openapiroutes.moc"
