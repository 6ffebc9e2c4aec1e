#include "fakeminimaxauth.h"
#include "minimaxoauthflow.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace clawdesk;
using clawdesk::test::FakeMiniMaxAuth;

namespace {
constexpr int kWaitMs = 20000;

// A flow wired to a started fake server.
struct Rig
{
    QNetworkAccessManager nam;
    FakeMiniMaxAuth fake;
    MiniMaxOAuthFlow flow{&nam};

    Rig()
    {
        if (!fake.start())
            qFatal("fake MiniMax server did not start");
        flow.setEndpoints({fake.baseUrl(), fake.baseUrl()});
    }
    // Behave like a user who approves as soon as the browser opens.
    void approveInBrowser()
    {
        QObject::connect(&flow, &QAbstractOAuth::authorizeWithBrowser, &fake,
                         [this](const QUrl &) { fake.approve(); });
    }
};

QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more: connection refused
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}
} // namespace

/// @brief MiniMaxOAuthFlow against the fake server: approval, denial, backoff, deadline, errors, fallback,
/// cancel, expiry normalisation and refresh.
class TstMiniMaxOAuthFlow : public QObject
{
    Q_OBJECT
private slots:
    void approval()
    {
        Rig rig;
        rig.fake.resourceUrl = QStringLiteral("https://api.minimax.io/anthropic");
        rig.approveInBrowser();
        QSignalSpy code(&rig.flow, &MiniMaxOAuthFlow::userCodeReady);
        QSignalSpy browser(&rig.flow, &QAbstractOAuth::authorizeWithBrowser);
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        QSignalSpy failed(&rig.flow, &MiniMaxOAuthFlow::failed);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        rig.flow.grant();
        QVERIFY(granted.wait(kWaitMs));

        QCOMPARE(failed.count(), 0);
        QCOMPARE(code.count(), 1);
        QCOMPARE(code.at(0).at(0).toString(), rig.fake.userCode());
        QCOMPARE(code.at(0).at(1).toUrl(), rig.fake.verificationUrl());
        QCOMPARE(browser.count(), 1);
        QCOMPARE(browser.at(0).at(0).toUrl(), rig.fake.verificationUrl());
        QCOMPARE(rig.flow.status(), QAbstractOAuth::Status::Granted);
        QCOMPARE(rig.flow.token(), rig.fake.accessToken());
        QCOMPARE(rig.flow.refreshToken(), rig.fake.refreshToken());
        QCOMPARE(rig.flow.resourceUrl(), QUrl(rig.fake.resourceUrl));
        QCOMPARE(rig.flow.generation(), MiniMaxOAuthFlow::Generation::Current);
        QVERIFY(rig.flow.expiresAt() >= before.addSecs(3600));
        QVERIFY(rig.flow.expiresAt() <= QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY2(rig.fake.violations().isEmpty(), qPrintable(rig.fake.violations().join(u'\n')));
        QCOMPARE(rig.fake.requests().first().path, QStringLiteral("/oauth2/device/code"));
        QCOMPARE(rig.fake.requests().last().path, QStringLiteral("/oauth2/token"));
        QVERIFY(!rig.flow.isPolling());
    }

    void denial()
    {
        Rig rig;
        connect(&rig.flow, &QAbstractOAuth::authorizeWithBrowser, &rig.fake, [&] { rig.fake.deny(); });
        QSignalSpy failed(&rig.flow, &MiniMaxOAuthFlow::failed);
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.flow.grant();
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::ServerError);
        const QString text = failed.at(0).at(1).toString();
        QVERIFY2(text.startsWith(
                     QStringLiteral("MiniMax OAuth failed: An error occurred. Please try again later")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Approve")), qPrintable(text)); // says what to do next
        QCOMPARE(granted.count(), 0);
        QCOMPARE(rig.flow.status(), QAbstractOAuth::Status::NotAuthenticated);
        QVERIFY(rig.flow.token().isEmpty());
    }

    void intervalGrowth_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("next");
        QTest::addRow("default 2 s") << 2000 << 3000;
        QTest::addRow("3 s") << 3000 << 4500;
        QTest::addRow("6.75 s capped") << 6750 << 10000;
        QTest::addRow("at cap") << 10000 << 10000;
    }
    void intervalGrowth()
    {
        QFETCH(int, current);
        QFETCH(int, next);
        QCOMPARE(MiniMaxOAuthFlow::nextIntervalMs(current), next);
    }

    // Slow user: the server log shows the gaps between polls growing by 1.5 from the server's interval.
    void slowApprovalBacksOff()
    {
        Rig rig;
        rig.fake.intervalMs = 20;
        rig.fake.approveAfterPolls = 7;
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.flow.grant();
        QVERIFY(granted.wait(kWaitMs));

        const auto polls = rig.fake.requestsTo(QStringLiteral("/oauth2/token"));
        QCOMPARE(polls.size(), 8); // 7 pending answers, then success
        const auto codeRequest = rig.fake.requestsTo(QStringLiteral("/oauth2/device/code")).first();
        double expected = 20;
        qint64 previous = codeRequest.elapsedMs;
        for (const auto &poll : polls) {
            const qint64 gap = poll.elapsedMs - previous;
            // Lower bound only (timers never fire much early; a loaded machine may make them late).
            QVERIFY2(gap >= static_cast<qint64>(expected * 0.9) - 2,
                     qPrintable(QStringLiteral("gap %1 ms, expected at least %2 ms").arg(gap).arg(expected)));
            previous = poll.elapsedMs;
            expected = qMin(expected * 1.5, 10000.0);
        }
        QCOMPARE(rig.flow.currentIntervalMs(), 337); // integer steps 20, 30, 45, 67, 100, 150, 225, 337
        QVERIFY(rig.fake.violations().isEmpty());
    }

    void defaultIntervalWhenServerSendsNone()
    {
        Rig rig;
        rig.fake.intervalMs = 0;
        QSignalSpy code(&rig.flow, &MiniMaxOAuthFlow::userCodeReady);
        rig.flow.grant();
        QVERIFY(code.wait(kWaitMs));
        QCOMPARE(rig.flow.currentIntervalMs(), MiniMaxOAuthFlow::DefaultIntervalMs);
        rig.flow.cancel();
    }

    // The code's deadline passes (injected clock) while the user has not approved.
    void deadlineStopsPolling()
    {
        Rig rig;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const QDateTime start = clock.now();
        rig.flow.setClock(&clock);
        rig.fake.codeExpiry = FakeMiniMaxAuth::ExpiryStyle::RelativeSeconds;
        rig.fake.codeLifetimeSec = 300;
        connect(&rig.fake, &FakeMiniMaxAuth::requestReceived, this, [&](const FakeMiniMaxAuth::Request &r) {
            if (r.path == QLatin1String("/oauth2/token") && rig.fake.requestsTo(r.path).size() == 2)
                clock.advance(301 * 1000);
        });
        QSignalSpy failed(&rig.flow, &MiniMaxOAuthFlow::failed);
        rig.flow.grant();
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(rig.flow.userCodeDeadline(), start.addSecs(300));
        QCOMPARE(failed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::TimedOut);
        QVERIFY(failed.at(0).at(1).toString().startsWith(
            QStringLiteral("MiniMax OAuth timed out waiting for authorization. ")));
        QCOMPARE(rig.fake.requestsTo(QStringLiteral("/oauth2/token")).size(), 2);
        QTest::qWait(150);
        QCOMPARE(rig.fake.requestsTo(QStringLiteral("/oauth2/token")).size(),
                 2); // no polling after the deadline
        QVERIFY(!rig.flow.isPolling());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("knob");
        QTest::addColumn<MiniMaxOAuthError>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("code request HTTP 400") << "codeHttp" << MiniMaxOAuthError::AuthorizationFailed
                                               << "MiniMax OAuth authorization failed: invalid client";
        QTest::addRow("missing user_code") << "missingUserCode" << MiniMaxOAuthError::IncompleteAuthorization
                                           << "MiniMax OAuth authorization returned an incomplete payload "
                                              "(missing user_code or verification_uri).";
        QTest::addRow("payload error only")
            << "errorOnly" << MiniMaxOAuthError::IncompleteAuthorization
            << "MiniMax OAuth authorization failed: portal access is not enabled for this account";
        QTest::addRow("state mismatch")
            << "badState" << MiniMaxOAuthError::StateMismatch
            << "MiniMax OAuth state mismatch: possible CSRF attack or session corruption.";
        QTest::addRow("token HTTP 400") << "tokenHttp" << MiniMaxOAuthError::TokenRequestFailed
                                        << "MiniMax OAuth failed: invalid user code";
        QTest::addRow("incomplete token")
            << "missingRefresh" << MiniMaxOAuthError::IncompleteToken
            << "MiniMax OAuth failed: MiniMax OAuth returned incomplete token payload.";
    }
    void errors()
    {
        QFETCH(QString, knob);
        QFETCH(MiniMaxOAuthError, code);
        QFETCH(QString, message);
        Rig rig;
        rig.approveInBrowser();
        if (knob == QLatin1String("codeHttp"))
            rig.fake.codeHttpError = 400;
        else if (knob == QLatin1String("missingUserCode"))
            rig.fake.codePayload = FakeMiniMaxAuth::CodePayload::MissingUserCode;
        else if (knob == QLatin1String("errorOnly"))
            rig.fake.codePayload = FakeMiniMaxAuth::CodePayload::ErrorOnly;
        else if (knob == QLatin1String("badState"))
            rig.fake.stateMode = FakeMiniMaxAuth::StateMode::Mismatch;
        else if (knob == QLatin1String("tokenHttp"))
            rig.fake.tokenHttpError = 400;
        else if (knob == QLatin1String("missingRefresh"))
            rig.fake.tokenPayload = FakeMiniMaxAuth::TokenPayload::MissingRefresh;
        QSignalSpy failed(&rig.flow, &MiniMaxOAuthFlow::failed);
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        QSignalSpy browser(&rig.flow, &QAbstractOAuth::authorizeWithBrowser);
        rig.flow.grant();
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<MiniMaxOAuthError>(), code);
        const QString text = failed.at(0).at(1).toString();
        QVERIFY2(text.startsWith(message + u' '), qPrintable(text));
        QVERIFY(!rig.flow.lastFailure().nextStep.isEmpty());
        QCOMPARE(rig.flow.errorString(), text);
        QCOMPARE(granted.count(), 0);
        QCOMPARE(rig.flow.status(), QAbstractOAuth::Status::NotAuthenticated);
        // A forged state never reaches the browser.
        if (code == MiniMaxOAuthError::StateMismatch || code == MiniMaxOAuthError::IncompleteAuthorization)
            QCOMPARE(browser.count(), 0);
        if (!rig.fake.refreshToken().isEmpty())
            QVERIFY(!text.contains(rig.fake.accessToken()));
    }

    void legacyFallbackOn404()
    {
        Rig rig;
        rig.fake.currentEndpoints = false;
        rig.approveInBrowser();
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.flow.grant();
        QVERIFY(granted.wait(kWaitMs));
        QCOMPARE(rig.flow.generation(), MiniMaxOAuthFlow::Generation::Legacy);
        QStringList paths;
        for (const auto &r : rig.fake.requests())
            paths << r.path;
        QCOMPARE(paths.first(), QStringLiteral("/oauth2/device/code"));
        QCOMPARE(paths.at(1), QStringLiteral("/oauth/code"));
        QVERIFY(paths.contains(QStringLiteral("/oauth/token")));
        QVERIFY(!paths.contains(QStringLiteral("/oauth2/token")));
        QCOMPARE(rig.flow.token(), rig.fake.accessToken());
        QVERIFY(rig.fake.violations().isEmpty());
    }

    void legacyFallbackOnConnectionError()
    {
        Rig rig;
        rig.flow.setEndpoints({closedPortUrl(), rig.fake.baseUrl()});
        rig.approveInBrowser();
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.flow.grant();
        QVERIFY(granted.wait(kWaitMs));
        QCOMPARE(rig.flow.generation(), MiniMaxOAuthFlow::Generation::Legacy);
        QCOMPARE(rig.fake.requests().first().path, QStringLiteral("/oauth/code"));
    }

    void bothGenerationsUnreachable()
    {
        Rig rig;
        const QUrl closed = closedPortUrl();
        rig.flow.setEndpoints({closed, closed});
        QSignalSpy failed(&rig.flow, &MiniMaxOAuthFlow::failed);
        rig.flow.grant();
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::AuthorizationFailed);
        QVERIFY(
            failed.at(0).at(1).toString().startsWith(QStringLiteral("MiniMax OAuth authorization failed: ")));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("internet connection")));
    }

    void cancelStopsPolling()
    {
        Rig rig;
        QSignalSpy code(&rig.flow, &MiniMaxOAuthFlow::userCodeReady);
        QSignalSpy failed(&rig.flow, &MiniMaxOAuthFlow::failed);
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.flow.grant();
        QVERIFY(code.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(rig.fake.requestsTo(QStringLiteral("/oauth2/token")).size() >= 1, kWaitMs);
        rig.flow.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::Cancelled);
        QVERIFY(!rig.flow.isPolling());
        const qsizetype polls = rig.fake.requestsTo(QStringLiteral("/oauth2/token")).size();
        rig.fake.approve(); // too late: nobody asks any more
        QTest::qWait(300);
        QCOMPARE(rig.fake.requestsTo(QStringLiteral("/oauth2/token")).size(), polls);
        QCOMPARE(granted.count(), 0);
        rig.flow.cancel(); // idempotent
        QCOMPARE(failed.count(), 1);
    }

    void normaliseExpiry_data()
    {
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        QTest::addRow("relative seconds") << qint64(3600) << now.addSecs(3600);
        QTest::addRow("just below 1e9 is relative") << qint64(999999999) << now.addSecs(999999999);
        QTest::addRow("epoch seconds") << now.addSecs(7200).toSecsSinceEpoch() << now.addSecs(7200);
        QTest::addRow("epoch ms") << now.addSecs(600).toMSecsSinceEpoch() << now.addSecs(600);
    }
    void normaliseExpiry()
    {
        QFETCH(qint64, raw);
        QFETCH(QDateTime, expected);
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        QCOMPARE(MiniMaxOAuthFlow::normaliseExpiry(raw, now), expected);
    }

    // The same token lifetime in the three encodings the server may use gives the same expiry.
    void tokenExpiryEncodings_data()
    {
        QTest::addColumn<FakeMiniMaxAuth::ExpiryStyle>("style");
        QTest::addRow("relative seconds") << FakeMiniMaxAuth::ExpiryStyle::RelativeSeconds;
        QTest::addRow("epoch seconds") << FakeMiniMaxAuth::ExpiryStyle::EpochSeconds;
        QTest::addRow("epoch ms") << FakeMiniMaxAuth::ExpiryStyle::EpochMs;
    }
    void tokenExpiryEncodings()
    {
        QFETCH(FakeMiniMaxAuth::ExpiryStyle, style);
        Rig rig;
        rig.fake.tokenExpiry = style;
        rig.fake.codeExpiry = style;
        rig.fake.tokenLifetimeSec = 3600;
        rig.approveInBrowser();
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        QSignalSpy code(&rig.flow, &MiniMaxOAuthFlow::userCodeReady);
        rig.flow.grant();
        QVERIFY(granted.wait(kWaitMs));
        const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(qAbs(rig.flow.expiresAt().secsTo(expected)) <= 60);
        const QDateTime codeDeadline = code.at(0).at(2).toDateTime();
        QVERIFY(qAbs(codeDeadline.secsTo(QDateTime::currentDateTimeUtc().addSecs(600))) <= 60);
    }

    void refresh()
    {
        Rig rig;
        rig.approveInBrowser();
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.flow.grant();
        QVERIFY(granted.wait(kWaitMs));
        const QString firstAccess = rig.flow.token();
        const QString firstRefresh = rig.flow.refreshToken();

        QSignalSpy refreshed(&rig.flow, &MiniMaxOAuthFlow::refreshed);
        rig.flow.refreshAccessToken();
        QCOMPARE(rig.flow.status(), QAbstractOAuth::Status::RefreshingToken);
        QVERIFY(refreshed.wait(kWaitMs));
        QCOMPARE(rig.fake.refreshCount(), 1);
        QVERIFY(rig.flow.token() != firstAccess);
        QVERIFY(rig.flow.refreshToken() != firstRefresh);
        QCOMPARE(rig.flow.token(), rig.fake.accessToken());
        QCOMPARE(rig.flow.refreshToken(), rig.fake.refreshToken());
        QCOMPARE(rig.flow.status(), QAbstractOAuth::Status::Granted);
        QVERIFY(rig.fake.violations().isEmpty());
    }

    void revokedRefresh()
    {
        Rig rig;
        rig.approveInBrowser();
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.flow.grant();
        QVERIFY(granted.wait(kWaitMs));
        rig.fake.revokeRefreshToken();
        QSignalSpy refreshFailed(&rig.flow, &MiniMaxOAuthFlow::refreshFailed);
        rig.flow.refreshAccessToken();
        QVERIFY(refreshFailed.wait(kWaitMs));
        QCOMPARE(refreshFailed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::LoginExpired);
        const QString text = refreshFailed.at(0).at(1).toString();
        QVERIFY(text.startsWith(QStringLiteral("MiniMax login expired — sign in again")));
        QVERIFY(!text.contains(rig.fake.refreshToken()));
        QCOMPARE(rig.flow.status(), QAbstractOAuth::Status::NotAuthenticated);
    }

    void refreshDuringSignInDoesNotAbortIt()
    {
        Rig rig;
        QSignalSpy code(&rig.flow, &MiniMaxOAuthFlow::userCodeReady);
        rig.flow.grant();
        QVERIFY(code.wait(kWaitMs));
        QSignalSpy refreshFailed(&rig.flow, &MiniMaxOAuthFlow::refreshFailed);
        rig.flow.refreshAccessToken();
        QCOMPARE(refreshFailed.count(), 1);
        QCOMPARE(refreshFailed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::RefreshUnavailable);
        QVERIFY(rig.flow.isPolling());
        QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
        rig.fake.approve();
        QVERIFY(granted.wait(kWaitMs));
    }

    // Secrets never reach the log, also when things fail.
    void logsNeverContainSecrets()
    {
        static QStringList messages;
        messages.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &msg) { messages.append(msg); });
        QStringList secrets;
        {
            Rig rig;
            rig.approveInBrowser();
            QSignalSpy granted(&rig.flow, &QAbstractOAuth::granted);
            rig.flow.grant();
            QVERIFY(granted.wait(kWaitMs));
            secrets << rig.fake.accessToken() << rig.fake.refreshToken();
            QSignalSpy refreshed(&rig.flow, &MiniMaxOAuthFlow::refreshed);
            rig.flow.refreshAccessToken();
            QVERIFY(refreshed.wait(kWaitMs));
            secrets << rig.fake.accessToken() << rig.fake.refreshToken();
            rig.fake.revokeRefreshToken();
            QSignalSpy refreshFailed(&rig.flow, &MiniMaxOAuthFlow::refreshFailed);
            rig.flow.refreshAccessToken();
            QVERIFY(refreshFailed.wait(kWaitMs));
        }
        qInstallMessageHandler(previous);
        QVERIFY(!messages.isEmpty()); // the failure was logged…
        for (const QString &m : messages)
            for (const QString &secret : secrets)
                QVERIFY2(!m.contains(secret), qPrintable(m)); // …without a secret
    }

    void refreshWithoutRefreshToken()
    {
        QNetworkAccessManager nam;
        MiniMaxOAuthFlow flow(&nam);
        QSignalSpy refreshFailed(&flow, &MiniMaxOAuthFlow::refreshFailed);
        flow.refreshAccessToken();
        QCOMPARE(refreshFailed.count(), 1);
        QCOMPARE(refreshFailed.at(0).at(0).value<MiniMaxOAuthError>(), MiniMaxOAuthError::LoginExpired);
    }

    void regionsAndConstants()
    {
        QNetworkAccessManager nam;
        MiniMaxOAuthFlow flow(&nam);
        QCOMPARE(flow.clientIdentifier(), QStringLiteral("78257093-7e40-4613-99e0-527b14b39113"));
        QCOMPARE(flow.scope(), QStringLiteral("group_id profile model.completion"));
        QCOMPARE(flow.endpoints().deviceCodeUrl(),
                 QUrl(QStringLiteral("https://account.minimax.io/oauth2/device/code")));
        QCOMPARE(flow.endpoints().legacyTokenUrl(),
                 QUrl(QStringLiteral("https://api.minimax.io/oauth/token")));
        flow.setRegion(MiniMaxRegion::Cn);
        QCOMPARE(flow.endpoints().tokenUrl(),
                 QUrl(QStringLiteral("https://account.minimaxi.com/oauth2/token")));
        QCOMPARE(flow.endpoints().legacyCodeUrl(),
                 QUrl(QStringLiteral("https://api.minimaxi.com/oauth/code")));
        QCOMPARE(flow.endpoints().anthropicBaseUrl(),
                 QUrl(QStringLiteral("https://api.minimaxi.com/anthropic")));
    }
};

QTEST_GUILESS_MAIN(TstMiniMaxOAuthFlow)
#include "tst_minimaxoauthflow.moc"
