#include "pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace clawdesk;

/// @brief PKCE helpers against RFC 7636 appendix B, and the shapes MiniMax's sign-in uses as OpenClaw
/// sends them: a verifier from 32 random bytes and a state from 16, both base64url without padding.
class TstPkce : public QObject
{
    Q_OBJECT
private slots:
    void rfc7636Vector_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<QByteArray>("challenge");
        const unsigned char raw[] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,
                                     125, 216, 173, 187, 186, 22,  212, 37,  77,  105, 214,
                                     191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
        QTest::addRow("appendix B") << QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                    << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                                    << QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }
    void rfc7636Vector()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QByteArray, verifier);
        QFETCH(QByteArray, challenge);
        QCOMPARE(pkce::base64Url(octets), verifier);
        QCOMPARE(pkce::challengeS256(verifier), challenge);
    }

    void base64UrlHasNoPaddingOrUnsafeCharacters()
    {
        QCOMPARE(pkce::base64Url(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
        QCOMPARE(pkce::base64Url(QByteArray("a")), QByteArray("YQ"));
    }

    void verifierShape()
    {
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray v = pkce::generateVerifier();
            QCOMPARE(v.size(), 43); // 32 bytes base64url without padding
            QVERIFY(unreserved.match(QString::fromLatin1(v)).hasMatch());
            QCOMPARE(pkce::challengeS256(v).size(), 43);
            seen.insert(v);
        }
        QCOMPARE(seen.size(), 50);
    }

    void stateShape()
    {
        const QByteArray a = pkce::generateState();
        const QByteArray b = pkce::generateState();
        QCOMPARE(a.size(), 22); // 16 bytes base64url
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TstPkce)
#include "tst_pkce.moc"
