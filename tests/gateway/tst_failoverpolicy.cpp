// Pure failover decisions: error classification (every trigger and non-trigger) and cooldown arithmetic
// with an injectable clock (no sleeping).
#include "cooldowntracker.h"
#include "failoverclassifier.h"

#include <QTest>

using namespace clawdesk;

class tst_FailoverPolicy : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void cooldownArithmetic_data();
    void cooldownArithmetic();
    void cooldownSkipAndReturn();
    void billingCooldown();
    void cooldownKeyedToWhatFailed();
    void timeoutDoesNotCool();
};

void tst_FailoverPolicy::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reason"); // empty: no failover

    const int none = int(UpstreamError::None);
    QTest::addRow("401") << 401 << none << "HTTP 401 authentication_error: invalid x-api-key"
                         << "auth";
    QTest::addRow("403") << 403 << none << "HTTP 403: forbidden"
                         << "auth";
    QTest::addRow("402") << 402 << none << "HTTP 402: payment required"
                         << "billing";
    QTest::addRow("429") << 429 << none << "HTTP 429 rate_limit_error: slow down"
                         << "rate_limit";
    QTest::addRow("408") << 408 << none << "HTTP 408: request timeout"
                         << "timeout";
    QTest::addRow("500") << 500 << none << "HTTP 500 api_error: Internal server error"
                         << "server_error";
    QTest::addRow("502") << 502 << none << "HTTP 502: bad gateway"
                         << "server_error";
    QTest::addRow("503") << 503 << none << "HTTP 503: unavailable"
                         << "server_error";
    QTest::addRow("504") << 504 << none << "HTTP 504: gateway timeout"
                         << "timeout";
    QTest::addRow("529") << 529 << none << "HTTP 529 overloaded_error: Overloaded"
                         << "overloaded";
    QTest::addRow("500 overloaded text") << 500 << none << "HTTP 500 overloaded_error: busy"
                                         << "overloaded";
    QTest::addRow("404 model") << 404 << none << "HTTP 404: model not found"
                               << "model_not_found";
    QTest::addRow("refused") << 0 << int(UpstreamError::ConnectionRefused) << "connection refused"
                             << "connection";
    QTest::addRow("reset") << 0 << int(UpstreamError::ConnectionReset) << "connection reset"
                           << "connection";
    QTest::addRow("tls") << 0 << int(UpstreamError::Tls) << "TLS handshake failed"
                         << "connection";
    QTest::addRow("dns") << 0 << int(UpstreamError::HostNotFound) << "host not found"
                         << "connection";
    QTest::addRow("timeout") << 0 << int(UpstreamError::Timeout) << "no response"
                             << "timeout";
    QTest::addRow("in-stream overloaded") << 200 << none << "Overloaded"
                                          << "overloaded";
    QTest::addRow("400 quota text") << 400 << none << "You exceeded your current quota"
                                    << "rate_limit";
    QTest::addRow("400 billing text") << 400 << none << "Your credit balance is too low"
                                      << "billing";
    QTest::addRow("400 invalid api key") << 400 << none << "Invalid API key provided"
                                         << "auth";
    QTest::addRow("400 usage limit") << 400 << none << "usage limit reached for plan"
                                     << "rate_limit";
    // Non-triggers.
    QTest::addRow("plain 400") << 400 << none << "HTTP 400 invalid_request_error: messages: required"
                               << "";
    QTest::addRow("400 tool_use_id") << 400 << none << "HTTP 400: unexpected tool_use_id found"
                                     << "";
    QTest::addRow("400 image size") << 400 << none << "image dimensions exceed max allowed size"
                                    << "";
    QTest::addRow("422") << 422 << none << "HTTP 422: unprocessable"
                         << "";
    QTest::addRow("user abort") << 0 << int(UpstreamError::Aborted) << "aborted"
                                << "";
}

void tst_FailoverPolicy::classify()
{
    QFETCH(int, status);
    QFETCH(int, transport);
    QFETCH(QString, message);
    QFETCH(QString, reason);
    const auto result = FailoverClassifier::classify(status, UpstreamError(transport), message);
    QCOMPARE(result ? failoverReasonName(*result) : QString(), reason);
}

void tst_FailoverPolicy::cooldownArithmetic_data()
{
    QTest::addColumn<bool>("billing");
    QTest::addColumn<int>("n");
    QTest::addColumn<qint64>("minutes");
    QTest::addRow("1st") << false << 1 << 1LL;
    QTest::addRow("2nd") << false << 2 << 5LL;
    QTest::addRow("3rd") << false << 3 << 25LL;
    QTest::addRow("4th") << false << 4 << 60LL;
    QTest::addRow("9th") << false << 9 << 60LL;
    QTest::addRow("billing 1st") << true << 1 << 300LL;
    QTest::addRow("billing 2nd") << true << 2 << 600LL;
    QTest::addRow("billing 3rd") << true << 3 << 1200LL;
    QTest::addRow("billing 4th") << true << 4 << 1440LL;
    QTest::addRow("billing 10th") << true << 10 << 1440LL;
}

void tst_FailoverPolicy::cooldownArithmetic()
{
    QFETCH(bool, billing);
    QFETCH(int, n);
    QFETCH(qint64, minutes);
    QCOMPARE(CooldownTracker::cooldownMs(billing ? FailoverReason::Billing : FailoverReason::RateLimit, n),
             minutes * 60 * 1000);
}

void tst_FailoverPolicy::cooldownSkipAndReturn()
{
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    ManualClock clock(now);
    CooldownTracker tracker(&clock);
    const QString key = QStringLiteral("mockanth:abc");
    QVERIFY(!tracker.isCoolingDown(key));
    QCOMPARE(tracker.markFailure(key, FailoverReason::RateLimit), now.addSecs(60));
    QVERIFY(tracker.isCoolingDown(key));
    now = now.addSecs(59);
    clock.set(now);
    QVERIFY(tracker.isCoolingDown(key));
    now = now.addSecs(1); // cooldown over: the primary is tried again
    clock.set(now);
    QVERIFY(!tracker.isCoolingDown(key));
    QCOMPARE(tracker.markFailure(key, FailoverReason::ServerError), now.addSecs(5 * 60));
    QCOMPARE(tracker.markFailure(key, FailoverReason::Auth), now.addSecs(25 * 60));
    QCOMPARE(tracker.errorCount(key), 3);
    QVERIFY(tracker.markSuccess(key)); // a recovery
    QVERIFY(!tracker.isCoolingDown(key));
    QCOMPARE(tracker.errorCount(key), 0);
    QVERIFY(!tracker.markSuccess(key));                                             // nothing to recover from
    QCOMPARE(tracker.markFailure(key, FailoverReason::RateLimit), now.addSecs(60)); // reset to 1 min
    QVERIFY(!tracker.isCoolingDown(QStringLiteral("other:key")));
}

void tst_FailoverPolicy::billingCooldown()
{
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    ManualClock clock(now);
    CooldownTracker tracker(&clock);
    QCOMPARE(tracker.markFailure(QStringLiteral("k"), FailoverReason::Billing), now.addSecs(5 * 3600));
    QCOMPARE(tracker.markFailure(QStringLiteral("k"), FailoverReason::Billing), now.addSecs(10 * 3600));
    now = now.addSecs(10 * 3600 - 1);
    clock.set(now);
    QVERIFY(tracker.isCoolingDown(QStringLiteral("k")));
}

void tst_FailoverPolicy::cooldownKeyedToWhatFailed()
{
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    ManualClock clock(now);
    CooldownTracker tracker(&clock);
    const QString credential = QStringLiteral("minimax:abc");
    const CooldownScope busy{credential, QStringLiteral("minimax/MiniMax-M2.1")};
    const CooldownScope healthy{credential, QStringLiteral("minimax/MiniMax-M2.1-lightning")};
    // A model's own rate limit, overload or absence cools that model only.
    for (FailoverReason reason :
         {FailoverReason::RateLimit, FailoverReason::Overloaded, FailoverReason::ModelNotFound}) {
        QVERIFY(tracker.markFailure(busy, reason).isValid());
        QVERIFY(tracker.isCoolingDown(busy));
        QVERIFY(!tracker.isCoolingDown(healthy));
        QVERIFY(!tracker.isCoolingDown(credential));
    }
    QVERIFY(tracker.markSuccess(busy));
    QVERIFY(!tracker.isCoolingDown(busy));
    // A rejected key or an unpaid bill cools every model reached with that credential.
    QVERIFY(tracker.markFailure(busy, FailoverReason::Auth).isValid());
    QVERIFY(tracker.isCoolingDown(healthy));
    QVERIFY(tracker.isCoolingDown(credential));
    QVERIFY(!tracker.isCoolingDown(CooldownScope{QStringLiteral("minimax:other"), healthy.model}));
    QVERIFY(tracker.markSuccess(healthy)); // the credential works again
    QVERIFY(!tracker.isCoolingDown(busy));
    QCOMPARE(tracker.markFailure(healthy, FailoverReason::Billing), now.addSecs(5 * 3600));
    QVERIFY(tracker.isCoolingDown(busy));
}

void tst_FailoverPolicy::timeoutDoesNotCool()
{
    CooldownTracker tracker;
    QVERIFY(!tracker.markFailure(QStringLiteral("k"), FailoverReason::Timeout).isValid());
    QVERIFY(!tracker.markFailure(QStringLiteral("k"), FailoverReason::ModelNotFound).isValid());
    QVERIFY(!tracker.isCoolingDown(QStringLiteral("k")));
}

QTEST_GUILESS_MAIN(tst_FailoverPolicy)
#include "tst_failoverpolicy.moc"
