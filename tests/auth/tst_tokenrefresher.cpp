#include "authprofilesfile.h"
#include "codingplanquota.h"
#include "credentialmanager.h"
#include "fakeminimaxauth.h"
#include "minimaxoauthflow.h"
#include "tokenrefresher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;
using clawdesk::test::FakeMiniMaxAuth;

namespace {
constexpr int kWaitMs = 20000;
constexpr qint64 kMinute = 60 * 1000;
} // namespace

/// @brief TokenRefresher: schedule from expiry on an injected clock, refresh before expiry, persist,
/// revoked refresh → loginExpired, and 401 → refresh once → retry.
class TstTokenRefresher : public QObject
{
    Q_OBJECT

    struct Rig
    {
        QNetworkAccessManager nam;
        FakeMiniMaxAuth fake;
        ManualClock clock{QDateTime::currentDateTimeUtc()};
        MiniMaxOAuthFlow flow{&nam};
        QTemporaryDir dir;
        AuthProfilesFile file{dir.filePath(QStringLiteral("agent/auth-profiles.json"))};
        CredentialManager credentials{nullptr, &file};

        bool signIn(qint64 lifetimeSec = 3600)
        {
            if (!fake.start())
                return false;
            fake.tokenLifetimeSec = lifetimeSec;
            fake.approveAfterPolls = 0;
            flow.setClock(&clock);
            flow.setEndpoints({fake.baseUrl(), fake.baseUrl()});
            QSignalSpy granted(&flow, &QAbstractOAuth::granted);
            flow.grant();
            return granted.wait(kWaitMs);
        }
    };

private slots:
    void refreshTime_data()
    {
        QTest::addColumn<qint64>("lifetimeMs");
        QTest::addColumn<qint64>("expectedBeforeExpiryMs");
        QTest::addRow("1 h: 5 min before") << 60 * kMinute << 5 * kMinute;
        QTest::addRow("25 min: 5 min before (= 80 percent)") << 25 * kMinute << 5 * kMinute;
        QTest::addRow("10 min: at 80 percent") << 10 * kMinute << 2 * kMinute;
        QTest::addRow("1 min: at 80 percent") << kMinute << 12 * 1000LL;
    }
    void refreshTime()
    {
        QFETCH(qint64, lifetimeMs);
        QFETCH(qint64, expectedBeforeExpiryMs);
        const QDateTime obtained(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        const QDateTime expires = obtained.addMSecs(lifetimeMs);
        QCOMPARE(TokenRefresher::refreshTimeFor(obtained, expires),
                 expires.addMSecs(-expectedBeforeExpiryMs));
    }

    void refreshesBeforeExpiryWithoutWaiting()
    {
        Rig rig;
        QVERIFY(rig.signIn(3600));
        const QString firstAccess = rig.flow.token();
        TokenRefresher refresher(&rig.flow, &rig.credentials);
        QSignalSpy refreshed(&refresher, &TokenRefresher::refreshed);
        refresher.start();
        QCOMPARE(refresher.nextRefreshAt(), rig.flow.expiresAt().addMSecs(-5 * kMinute));

        rig.clock.advance(50 * kMinute); // not yet due
        refresher.reschedule();
        QTest::qWait(100);
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(rig.fake.refreshCount(), 0);

        rig.clock.advance(6 * kMinute); // 56 min: inside the 5-minute lead
        refresher.reschedule();
        QVERIFY(refreshed.wait(kWaitMs));
        QCOMPARE(rig.fake.refreshCount(), 1);
        QVERIFY(rig.flow.token() != firstAccess);
        QCOMPARE(rig.flow.token(), rig.fake.accessToken());
        QCOMPARE(rig.flow.expiresAt(), rig.clock.now().addSecs(3600));
        QCOMPARE(refresher.nextRefreshAt(), rig.flow.expiresAt().addMSecs(-5 * kMinute));
        QVERIFY(!refresher.isLoginExpired());

        // The new tokens are persisted in OpenClaw's shape.
        QTRY_VERIFY_WITH_TIMEOUT(rig.file.profile(QStringLiteral("minimax-portal:default")).has_value(),
                                 kWaitMs);
        const auto stored = rig.file.profile(QStringLiteral("minimax-portal:default"));
        QCOMPARE(stored->type, Credential::Type::OAuth);
        QCOMPARE(stored->provider, QStringLiteral("minimax-portal"));
        QCOMPARE(stored->secret, rig.fake.accessToken());
        QCOMPARE(stored->refresh, rig.fake.refreshToken());
        QCOMPARE(stored->expiresMs, rig.flow.expiresAt().toMSecsSinceEpoch());
    }

    void revokedRefreshMeansLoginExpired()
    {
        Rig rig;
        QVERIFY(rig.signIn(3600));
        rig.fake.revokeRefreshToken();
        TokenRefresher refresher(&rig.flow);
        QSignalSpy expired(&refresher, &TokenRefresher::loginExpired);
        QSignalSpy refreshed(&refresher, &TokenRefresher::refreshed);
        refresher.start();
        rig.clock.advance(59 * kMinute);
        refresher.reschedule();
        QVERIFY(expired.wait(kWaitMs));
        QCOMPARE(expired.at(0).at(0).toString(), QStringLiteral("MiniMax login expired — sign in again"));
        QVERIFY(refresher.isLoginExpired());
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(!refresher.nextRefreshAt().isValid());
        // Callers (the gateway) learn at once instead of waiting on a refresh.
        QVERIFY(!refresher.handleUnauthorized());
        QCOMPARE(expired.count(), 1);
    }

    void unauthorizedThenRefreshThenRetry()
    {
        Rig rig;
        QVERIFY(rig.signIn(3600));
        TokenRefresher refresher(&rig.flow);
        refresher.start();
        CodingPlanQuota quota(&rig.nam);
        quota.setEndpoints({rig.fake.baseUrl(), rig.fake.baseUrl()});
        QSignalSpy quotaDone(&quota, &CodingPlanQuota::finished);

        rig.fake.invalidateAccessToken(); // the server stops accepting the token early
        const QString rejected = rig.flow.token();
        quota.fetch(rejected);
        QVERIFY(quotaDone.wait(kWaitMs));
        auto usage = quotaDone.takeFirst().at(0).value<CodingPlanUsage>();
        QCOMPARE(usage.error, CodingPlanUsage::Error::Unauthorized);

        QSignalSpy refreshed(&refresher, &TokenRefresher::refreshed);
        QVERIFY(refresher.handleUnauthorized(rejected));
        QVERIFY(refreshed.wait(kWaitMs));
        QVERIFY(rig.flow.token() != rejected);
        // A late 401 for the old token does not trigger a second refresh.
        QVERIFY(refresher.handleUnauthorized(rejected));
        QCOMPARE(rig.fake.refreshCount(), 1);

        quota.fetch(rig.flow.token());
        QVERIFY(quotaDone.wait(kWaitMs));
        usage = quotaDone.takeFirst().at(0).value<CodingPlanUsage>();
        QVERIFY2(usage.ok(), qPrintable(usage.errorText));

        // The refreshed token is refused too: no refresh loop, the login is reported expired.
        QSignalSpy expired(&refresher, &TokenRefresher::loginExpired);
        rig.fake.invalidateAccessToken();
        QVERIFY(!refresher.handleUnauthorized(rig.flow.token()));
        QCOMPARE(expired.count(), 1);
        QCOMPARE(rig.fake.refreshCount(), 1);
    }

    void unauthorizedWithRevokedRefresh()
    {
        Rig rig;
        QVERIFY(rig.signIn(3600));
        TokenRefresher refresher(&rig.flow);
        refresher.start();
        rig.fake.revokeRefreshToken();
        QSignalSpy expired(&refresher, &TokenRefresher::loginExpired);
        QVERIFY(refresher.handleUnauthorized(rig.flow.token()));
        QVERIFY(expired.wait(kWaitMs));
        QCOMPARE(expired.at(0).at(0).toString(), loginExpiredText());
    }

    void unreachableServerIsRetriedNotExpired()
    {
        Rig rig;
        QVERIFY(rig.signIn(3600));
        TokenRefresher refresher(&rig.flow);
        refresher.start();
        // Point refreshes at a port where nothing listens.
        rig.flow.setEndpoints(
            {QUrl(QStringLiteral("http://127.0.0.1:1")), QUrl(QStringLiteral("http://127.0.0.1:1"))});
        QSignalSpy deferred(&refresher, &TokenRefresher::refreshDeferred);
        QSignalSpy expired(&refresher, &TokenRefresher::loginExpired);
        rig.clock.advance(57 * kMinute);
        refresher.reschedule();
        QVERIFY(deferred.wait(kWaitMs));
        QCOMPARE(expired.count(), 0);
        QVERIFY(!refresher.isLoginExpired());
    }

    void shortLivedTokenRefreshesAt80Percent()
    {
        Rig rig;
        QVERIFY(rig.signIn(600)); // 10 minutes
        TokenRefresher refresher(&rig.flow);
        refresher.start();
        QCOMPARE(refresher.nextRefreshAt(), rig.flow.obtainedAt().addSecs(480));
    }
};

QTEST_GUILESS_MAIN(TstTokenRefresher)
#include "tst_tokenrefresher.moc"
