// The gateway keeps a MiniMax OAuth (Coding Plan) sign-in alive: a token about to expire is
// refreshed against MiniMax (here a fake authorization server on 127.0.0.1), written back to
// auth-profiles.json, and the next request goes upstream with the new token as x-api-key.
// A rejected refresh token reports "MiniMax login expired — sign in again".
#include "authprofilesfile.h"
#include "fakeminimaxauth.h"
#include "gatewaytestutil.h"
#include "minimaxoauthflow.h"

#include <QNetworkAccessManager>

class TestMiniMaxSession : public QObject
{
    Q_OBJECT

private slots:
    void refreshesBeforeExpiryAndServesWithNewToken();
    void rejectedRefreshReportsLoginExpired();

private:
    /// Signs in against the fake (approve) and stores the result as OpenClaw's wizard does,
    /// with an expiry that is already due so the gateway refreshes at once.
    static bool signIn(test::FakeMiniMaxAuth &server, const QString &profilesPath)
    {
        QNetworkAccessManager network;
        MiniMaxOAuthFlow flow(&network);
        MiniMaxEndpoints endpoints;
        endpoints.accountBase = server.baseUrl();
        endpoints.apiBase = server.baseUrl();
        flow.setEndpoints(endpoints);
        QSignalSpy granted(&flow, &QAbstractOAuth::granted);
        QObject::connect(&flow, &MiniMaxOAuthFlow::userCodeReady, &server, [&server] { server.approve(); });
        flow.grant();
        if (!granted.wait(10000))
            return false;
        AuthProfilesFile file(profilesPath);
        return file.setProfile(QStringLiteral("minimax-portal:default"),
                               Credential::oauth(QStringLiteral("minimax-portal"), flow.token(),
                                                 flow.refreshToken(),
                                                 QDateTime::currentDateTimeUtc().addSecs(60)));
    }

    static QByteArray portalConfig(quint16 upstreamPort)
    {
        // (no raw string literal here: Qt 6.4's moc loses the class after one)
        return QStringLiteral(
                   "{ models: { providers: { \"minimax-portal\": { baseUrl: "
                   "\"http://127.0.0.1:%1/anthropic\", "
                   "apiKey: \"minimax-oauth\", api: \"anthropic-messages\", models: [{ id: \"MiniMax-M2.1\", "
                   "name: \"MiniMax M2.1\" }] } } }, agents: { defaults: { model: { primary: "
                   "\"minimax-portal/MiniMax-M2.1\" } } } }")
            .arg(upstreamPort)
            .toUtf8();
    }
};

void TestMiniMaxSession::refreshesBeforeExpiryAndServesWithNewToken()
{
    test::FakeMiniMaxAuth server;
    QVERIFY(server.start());
    Harness h;
    const QString profilesPath =
        h.home.path() + QStringLiteral("/.openclaw/agents/main/agent/auth-profiles.json");
    QVERIFY(signIn(server, profilesPath));
    const QString firstAccess = server.accessToken();
    h.options.environment =
        Environment{{QStringLiteral("CLAWDESK_MINIMAX_ACCOUNT_BASE"), server.baseUrl().toString()},
                    {QStringLiteral("CLAWDESK_MINIMAX_API_BASE"), server.baseUrl().toString()}};
    h.anth.addRoute("/anthropic/v1/messages",
                    replyScript(WireApi::AnthropicMessages, QStringLiteral("MiniMax-M2.1"), false));
    QVERIFY(h.start(portalConfig(h.anth.port())));

    // Due within the refresh lead time: the gateway refreshes without any request or user action.
    const auto storedAccess = [&] {
        return AuthProfilesFile(profilesPath).profile(QStringLiteral("minimax-portal:default"))->secret;
    };
    QTRY_VERIFY_WITH_TIMEOUT(storedAccess() != firstAccess, 15000);
    QCOMPARE(storedAccess(), server.accessToken());
    const auto stored = AuthProfilesFile(profilesPath).profile(QStringLiteral("minimax-portal:default"));
    QVERIFY(stored->expires() > QDateTime::currentDateTimeUtc().addSecs(1800));

    // The next request uses the new token (after the watcher saw the file change).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            h.anth.clearRequests();
            h.post("/v1/messages", clientBody(WireApi::AnthropicMessages,
                                              QStringLiteral("minimax-portal/MiniMax-M2.1"), false));
            return !h.anth.requests().isEmpty() &&
                   h.anth.requests().last().headers.value("x-api-key") == server.accessToken().toUtf8();
        }(),
        15000);
    QVERIFY(h.anth.requests().last().headers.value("x-api-key") != firstAccess.toUtf8());
}

void TestMiniMaxSession::rejectedRefreshReportsLoginExpired()
{
    test::FakeMiniMaxAuth server;
    QVERIFY(server.start());
    Harness h;
    const QString profilesPath =
        h.home.path() + QStringLiteral("/.openclaw/agents/main/agent/auth-profiles.json");
    QVERIFY(signIn(server, profilesPath));
    server.revokeRefreshToken();
    h.options.environment =
        Environment{{QStringLiteral("CLAWDESK_MINIMAX_ACCOUNT_BASE"), server.baseUrl().toString()},
                    {QStringLiteral("CLAWDESK_MINIMAX_API_BASE"), server.baseUrl().toString()}};
    QSignalSpy expired(&h.controller, &GatewayController::loginExpired);
    QVERIFY(h.start(portalConfig(h.anth.port())));
    QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 15000);
    QCOMPARE(expired.first().first().toString(), QStringLiteral("MiniMax login expired — sign in again"));
}

QTEST_GUILESS_MAIN(TestMiniMaxSession)
#include "tst_minimaxsession.moc"
