// A bounded soak: 20,000 requests through the real gateway while the primary
// upstream fails at random (500, 429, 529, dropped connections). Every request must get a
// complete answer from the fallback or the primary — none lost, none failed — and the gateway's
// memory must stay flat once warm.
#include "gatewaytestutil.h"
#include "upstreamclient.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

class TestGatewaySoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("clawdesk.*.info=false")); }
    void randomFaultsLoseNothing();

private:
    static qint64 residentKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return 0;
    }
};

void TestGatewaySoak::randomFaultsLoseNothing()
{
    constexpr int Total = 20000;
    constexpr int InFlight = 16;
    Harness h;
    const WireApi api = WireApi::OpenAIChat;
    // The fallback always answers; the primary fails in a fixed-seed random pattern.
    h.resp.addRoute(upstreamPath(WireApi::OpenAIResponses),
                    replyScript(WireApi::OpenAIResponses, QStringLiteral("resp-model"), false));
    QRandomGenerator random(20261121);
    int planned[5] = {};
    for (int i = 0; i < Total; ++i) {
        const int pick = random.bounded(10);
        if (pick < 6) {
            h.chat.enqueue(upstreamPath(api), replyScript(api, QStringLiteral("chat-model"), false));
            ++planned[0];
        } else if (pick == 6) {
            h.chat.enqueue(upstreamPath(api),
                           FakeUpstream::Script::json(500, R"({"error":{"message":"boom"}})"));
            ++planned[1];
        } else if (pick == 7) {
            h.chat.enqueue(upstreamPath(api),
                           FakeUpstream::Script::json(429, R"({"error":{"message":"slow down"}})"));
            ++planned[2];
        } else if (pick == 8) {
            h.chat.enqueue(upstreamPath(api),
                           FakeUpstream::Script::json(529, R"({"error":{"message":"overloaded"}})"));
            ++planned[3];
        } else {
            h.chat.enqueue(upstreamPath(api), FakeUpstream::Script::drop());
            ++planned[4];
        }
    }
    QVERIFY(h.start(h.config(Harness::ref(api), {Harness::ref(WireApi::OpenAIResponses)})));

    UpstreamClient client;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(h.port()));
    const QByteArray plain = clientBody(api, Harness::ref(api), false);
    int sent = 0, done = 0, ok = 0, failed = 0;
    qsizetype primaryCalls = 0, fallbackCalls = 0;
    QStringList failures;
    qint64 warmRss = 0;
    std::function<void()> sendOne = [&] {
        const int index = sent++;
        // The injectable clock jumps past every cooldown now and then, so the primary keeps
        // being retried (return to primary) and keeps drawing faults.
        if (index % 50 == 0)
            h.clock.advance(2 * 3600 * 1000);
        if (index % 1000 == 0) { // the fakes' request logs are test memory, not the gateway's
            primaryCalls += h.chat.requests().size();
            fallbackCalls += h.resp.requests().size();
            h.chat.clearRequests();
            h.resp.clearRequests();
        }
        UpstreamRequest request;
        request.url = url;
        request.headers = {{"authorization", "Bearer " + Token}, {"content-type", "application/json"}};
        request.body = plain;
        request.firstByteTimeoutMs = 30000;
        UpstreamCall *call = client.send(request);
        auto body = std::make_shared<QByteArray>();
        connect(call, &UpstreamCall::dataReceived, this,
                [body](const QByteArray &chunk) { body->append(chunk); });
        connect(call, &UpstreamCall::finished, this, [&, call, body] {
            ++done;
            const auto response = decodeClient(api, *body, false);
            if (call->status() == 200 && response && !response->content.isEmpty()) {
                ++ok;
            } else {
                ++failed;
                if (failures.size() < 5)
                    failures.append(
                        QStringLiteral("%1 %2").arg(call->status()).arg(QString::fromUtf8(body->left(200))));
            }
            if (done == Total / 4)
                warmRss = residentKb();
            if (sent < Total)
                sendOne();
        });
    };
    for (int i = 0; i < InFlight; ++i)
        sendOne();
    QTRY_COMPARE_WITH_TIMEOUT(done, Total, 240000);
    const qint64 endRss = residentKb();
    primaryCalls += h.chat.requests().size();
    fallbackCalls += h.resp.requests().size();
    qInfo("soak: %d requests, %d ok, %d failed; primary plan ok/500/429/529/drop = %d/%d/%d/%d/%d; "
          "upstream calls primary %lld, fallback %lld; RSS warm %lld KiB, end %lld KiB",
          done, ok, failed, planned[0], planned[1], planned[2], planned[3], planned[4], qint64(primaryCalls),
          qint64(fallbackCalls), warmRss, endRss);
    QVERIFY2(failed == 0, qPrintable(failures.join(QStringLiteral(" | "))));
    QCOMPARE(ok, Total);
    QVERIFY(fallbackCalls > 0);         // failovers happened
    QVERIFY(primaryCalls > Total / 10); // and the primary kept being tried again
    QVERIFY2(endRss - warmRss < 16 * 1024, "memory grew by more than 16 MiB after warm-up");
}

QTEST_GUILESS_MAIN(TestGatewaySoak)
#include "tst_gatewaysoak.moc"
