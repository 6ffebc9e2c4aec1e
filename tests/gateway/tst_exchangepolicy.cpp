// The rules one proxied request follows, as tables: Retry-After, the quick retry, cost arithmetic,
// the degradation header, client names; and GatewayRouter::route on a real config.
#include "clientidentity.h"
#include "configsnapshot.h"
#include "exchangepolicy.h"
#include "gatewayrouter.h"

#include <QTest>

using namespace clawdesk;

class tst_ExchangePolicy : public QObject
{
    Q_OBJECT
private slots:
    void retryAfter_data();
    void retryAfter();
    void quickRetry_data();
    void quickRetry();
    void cost_data();
    void cost();
    void degradationHeader();
    void clientNames_data();
    void clientNames();
    void route_data();
    void route();
    void selfLoop_data();
    void selfLoop();
    void selfLoopsDropped();
};

static const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-04T12:00:00Z"), Qt::ISODate);

void tst_ExchangePolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds"); ///< -1: none
    QTest::addRow("absent") << QByteArray() << -1;
    QTest::addRow("seconds") << QByteArray("2") << 2;
    QTest::addRow("spaces") << QByteArray(" 1 ") << 1;
    QTest::addRow("fraction rounds up") << QByteArray("1.2") << 2;
    QTest::addRow("zero") << QByteArray("0") << 0;
    QTest::addRow("negative") << QByteArray("-3") << -1;
    QTest::addRow("garbage") << QByteArray("soon") << -1;
    QTest::addRow("http date") << QByteArray("Fri, 04 Dec 2026 12:00:30 GMT") << 30;
    QTest::addRow("past date") << QByteArray("Fri, 04 Dec 2026 11:00:00 GMT") << 0;
}

void tst_ExchangePolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const std::optional<int> got = exchangepolicy::retryAfterSeconds(value, kNow);
    QCOMPARE(got.value_or(-1), seconds);
}

void tst_ExchangePolicy::quickRetry_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("delayMs"); ///< -1: fail over now
    QTest::addRow("rate limit 1s") << QByteArray("1") << int(FailoverReason::RateLimit) << 1050;
    QTest::addRow("overloaded 0s") << QByteArray("0") << int(FailoverReason::Overloaded) << 50;
    QTest::addRow("server error 2s") << QByteArray("2") << int(FailoverReason::ServerError) << 2050;
    QTest::addRow("too long") << QByteArray("3") << int(FailoverReason::RateLimit) << -1;
    QTest::addRow("auth never") << QByteArray("1") << int(FailoverReason::Auth) << -1;
    QTest::addRow("billing never") << QByteArray("0") << int(FailoverReason::Billing) << -1;
    QTest::addRow("no header") << QByteArray() << int(FailoverReason::RateLimit) << -1;
}

void tst_ExchangePolicy::quickRetry()
{
    QFETCH(QByteArray, value);
    QFETCH(int, reason);
    QFETCH(int, delayMs);
    QCOMPARE(exchangepolicy::quickRetryDelayMs(value, FailoverReason(reason), kNow).value_or(-1), delayMs);
}

void tst_ExchangePolicy::cost_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("output");
    QTest::addColumn<double>("cacheRead");
    QTest::addColumn<double>("cacheWrite");
    QTest::addColumn<double>("usd");
    // Prices per million tokens; usage: 1000 in, 500 out, 2000 cache read, 100 cache write.
    QTest::addRow("free") << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::addRow("opus") << 5.0 << 25.0 << 0.5 << 6.25
                          << (5.0 * 1000 + 25.0 * 500 + 0.5 * 2000 + 6.25 * 100) / 1e6;
    QTest::addRow("output only") << 0.0 << 1.2 << 0.0 << 0.0 << 0.0006;
}

void tst_ExchangePolicy::cost()
{
    QFETCH(double, input);
    QFETCH(double, output);
    QFETCH(double, cacheRead);
    QFETCH(double, cacheWrite);
    QFETCH(double, usd);
    Usage usage;
    usage.input = 1000;
    usage.output = 500;
    usage.cacheRead = 2000;
    usage.cacheWrite = 100;
    QVERIFY(
        qFuzzyCompare(1 + exchangepolicy::costUsd({input, output, cacheRead, cacheWrite}, usage), 1 + usd));
}

void tst_ExchangePolicy::degradationHeader()
{
    QCOMPARE(exchangepolicy::degradationHeader({QStringLiteral("tools[4] web_search dropped"),
                                                QStringLiteral("thinking adaptive → reasoning effort high")}),
             QByteArray("tools[4] web_search dropped; thinking adaptive -> reasoning effort high"));
    QStringList many;
    for (int i = 0; i < 100; ++i)
        many << QStringLiteral("tools[%1] web_search dropped").arg(i);
    const QByteArray capped = exchangepolicy::degradationHeader(many, 200);
    QVERIFY(capped.size() <= 200);
    QVERIFY(capped.endsWith(" more"));
}

void tst_ExchangePolicy::clientNames_data()
{
    QTest::addColumn<QByteArray>("agent");
    QTest::addColumn<QByteArray>("originator");
    QTest::addColumn<QString>("name");
    QTest::addRow("claude code") << QByteArray("claude-cli/2.1.332 (external, sdk-cli)") << QByteArray()
                                 << "Claude Code";
    QTest::addRow("codex") << QByteArray("codex_exec/0.171.0 (Debian 12.0.0; x86_64) xterm")
                           << QByteArray("codex_exec") << "Codex";
    QTest::addRow("codex by originator") << QByteArray() << QByteArray("codex_cli_rs") << "Codex";
    QTest::addRow("opencode") << QByteArray("opencode/1.18.33 ai-sdk/provider-utils/3.0") << QByteArray()
                              << "opencode";
    QTest::addRow("openclaw") << QByteArray("openclaw/2026.9.6") << QByteArray() << "OpenClaw";
    QTest::addRow("anthropic sdk") << QByteArray("Anthropic/JS 0.60.0") << QByteArray() << "Anthropic SDK";
    QTest::addRow("openai sdk") << QByteArray("OpenAI/JS 5.1.0") << QByteArray() << "OpenAI SDK";
    QTest::addRow("other") << QByteArray("MyTool/3 (x)") << QByteArray() << "MyTool";
    QTest::addRow("none") << QByteArray() << QByteArray() << "";
}

void tst_ExchangePolicy::clientNames()
{
    QFETCH(QByteArray, agent);
    QFETCH(QByteArray, originator);
    QFETCH(QString, name);
    QCOMPARE(clientNameFor(agent, originator), name);
}

void tst_ExchangePolicy::route_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("unknownToPrimary");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<bool>("toPrimary");
    const QStringList chain{QStringLiteral("anth/a-model"), QStringLiteral("chat/c-model")};
    QTest::addRow("ref") << "chat/c-model" << true << QStringList{"chat/c-model", "anth/a-model"} << false;
    QTest::addRow("alias") << "fast" << true << QStringList{"chat/c-model", "anth/a-model"} << false;
    QTest::addRow("invented name") << "claude-sonnet-4-5" << true << chain << true;
    QTest::addRow("invented name refused") << "claude-sonnet-4-5" << false << QStringList{} << false;
}

void tst_ExchangePolicy::route()
{
    QFETCH(QString, requested);
    QFETCH(bool, unknownToPrimary);
    QFETCH(QStringList, candidates);
    QFETCH(bool, toPrimary);
    const QString text = QStringLiteral(R"({
  models: { providers: {
    anth: { baseUrl: "http://127.0.0.1:9", api: "anthropic-messages", apiKey: "k1", models: [{ id: "a-model", name: "A" }] },
    chat: { baseUrl: "http://127.0.0.1:9/v1", api: "openai-completions", apiKey: "k2", models: [{ id: "c-model", name: "C" }] },
  } },
  agents: { defaults: { model: { primary: "anth/a-model", fallbacks: ["chat/c-model"] },
                        models: { "anth/a-model": {}, "chat/c-model": { alias: "fast" } } } },
})");
    const auto snapshot = ConfigSnapshot::create(
        OpenClawConfig::fromText(text, QStringLiteral("/nonexistent/openclaw.json"), Environment{}),
        ConfigPaths::resolve(Environment{}, QStringLiteral("/nonexistent")));
    const RouteDecision decision = GatewayRouter::route(*snapshot, requested, unknownToPrimary);
    QStringList got;
    for (const RouteCandidate &candidate : decision.candidates)
        got << candidate.ref.key();
    QCOMPARE(got, candidates);
    QCOMPARE(decision.routedToPrimary, toPrimary);
    if (candidates.isEmpty())
        QVERIFY(decision.error.contains(requested));
    else
        QCOMPARE(decision.candidates.first().resolvable, true);
}

void tst_ExchangePolicy::selfLoop_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("loops");
    QTest::addRow("loopback, own port") << "http://127.0.0.1:18790" << true;
    QTest::addRow("localhost, own port, path") << "http://LOCALHOST:18790/v1" << true;
    QTest::addRow("ipv6 loopback") << "http://[::1]:18790" << true;
    QTest::addRow("any address") << "http://0.0.0.0:18790" << true;
    QTest::addRow("other port") << "http://127.0.0.1:18789" << false;
    QTest::addRow("remote host") << "https://api.minimax.io:18790/anthropic" << false;
    QTest::addRow("default port") << "http://127.0.0.1/v1" << false;
    QTest::addRow("not a url") << "" << false;
}

void tst_ExchangePolicy::selfLoop()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, loops);
    QCOMPARE(GatewayRouter::pointsAtGateway(baseUrl, 18790), loops);
}

void tst_ExchangePolicy::selfLoopsDropped()
{
    RouteDecision decision;
    RouteCandidate self;
    self.ref = {QStringLiteral("clawdesk"), QStringLiteral("m")};
    self.resolvable = true;
    self.target.baseUrl = QStringLiteral("http://127.0.0.1:18790");
    RouteCandidate other = self;
    other.ref = {QStringLiteral("minimax"), QStringLiteral("MiniMax-M2.1")};
    other.target.baseUrl = QStringLiteral("https://api.minimax.io/anthropic");
    decision.candidates = {self, other};
    GatewayRouter::dropSelfLoops(decision, 18790);
    QCOMPARE(decision.candidates.size(), 1);
    QCOMPARE(decision.candidates.first().ref.key(), QStringLiteral("minimax/MiniMax-M2.1"));
    QVERIFY(decision.error.isEmpty());

    decision.candidates = {self};
    GatewayRouter::dropSelfLoops(decision, 18790);
    QVERIFY(decision.candidates.isEmpty());
    QVERIFY2(decision.error.contains(QStringLiteral("clawdesk/m points back at this gateway")),
             qPrintable(decision.error));
}

QTEST_GUILESS_MAIN(tst_ExchangePolicy)
#include "tst_exchangepolicy.moc"
