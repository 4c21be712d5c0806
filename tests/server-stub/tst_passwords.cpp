// Password hashing (Argon2id with the parameters of design.md section 4) and session tokens.
#include "server-stub/security/passwordhasher.h"
#include "server-stub/security/sessiontoken.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using kj::server::PasswordHasher;
using kj::server::SessionToken;

class TestPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesArgon2idWithTheDesignParameters();
    void verifies();
    void saltsEveryHash();
    void dummyVerificationNeverSucceeds();
    void tokensAreRandomAndOnlyTheirHashIsKept();

private:
    PasswordHasher m_hasher;
};

void TestPasswords::usesArgon2idWithTheDesignParameters()
{
    kj::Result<QString> hash = m_hasher.hash(u"correct horse battery staple"_s);
    QVERIFY(hash);
    QVERIFY2(hash->startsWith(u"$argon2id$v=19$"_s), qPrintable(*hash));
    QVERIFY2(hash->contains(u"$m=19456,t=2,p=1$"_s), qPrintable(*hash)); // 19 MiB, 2 passes, 1 lane
}

void TestPasswords::verifies()
{
    kj::Result<QString> hash = m_hasher.hash(u"密码 with ünïcödé"_s);
    QVERIFY(hash);
    QVERIFY(m_hasher.verify(u"密码 with ünïcödé"_s, *hash));
    QVERIFY(!m_hasher.verify(u"密码 with unicode"_s, *hash));
    QVERIFY(!m_hasher.verify(QString(), *hash));
    QVERIFY(!m_hasher.verify(u"anything"_s, u"not a hash"_s));
    QVERIFY(m_hasher.verifyOrDummy(u"密码 with ünïcödé"_s, *hash));
}

void TestPasswords::saltsEveryHash()
{
    kj::Result<QString> first = m_hasher.hash(u"same password"_s);
    kj::Result<QString> second = m_hasher.hash(u"same password"_s);
    QVERIFY(first && second);
    QVERIFY(*first != *second);
    QVERIFY(m_hasher.verify(u"same password"_s, *second));
}

void TestPasswords::dummyVerificationNeverSucceeds()
{
    QVERIFY(!m_hasher.verifyOrDummy(u"whatever"_s, std::nullopt));
    QVERIFY(!m_hasher.verifyOrDummy(QString(), std::nullopt));
}

void TestPasswords::tokensAreRandomAndOnlyTheirHashIsKept()
{
    static const QRegularExpression base64url(u"^[A-Za-z0-9_-]{43}$"_s);
    QSet<QByteArray> tokens;
    for (int i = 0; i < 100; ++i) {
        const QByteArray token = SessionToken::generate();
        QVERIFY2(base64url.match(QString::fromLatin1(token)).hasMatch(), token.constData());
        QVERIFY(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size() == 32);
        tokens.insert(token);
    }
    QCOMPARE(tokens.size(), 100);
    const QByteArray token = SessionToken::generate();
    const QByteArray hash = SessionToken::hash(token);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(SessionToken::hash(token), hash);
    QVERIFY(!hash.contains(token));
    QCOMPARE(SessionToken::hash("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
