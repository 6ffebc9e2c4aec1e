#include "codingplanquota.h"
#include "codingplanusage.h"
#include "fakeminimaxauth.h"
#include "minimaxoauthflow.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace clawdesk;
using clawdesk::test::FakeMiniMaxAuth;

namespace {
const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 20), Qt::UTC);

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TEST_SOURCE_DIR "/auth/data/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
} // namespace

/// @brief Plan quota parsing (Token Plan, both Coding Plan shapes, generic fallback, every error) and the
/// fetch: Token Plan first, Coding Plan as the fallback.
class TstCodingPlanQuota : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<CodingPlanUsage::Error>("error");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("model");

        using E = CodingPlanUsage::Error;
        QTest::addRow("count shape") << 200 << fixture("remains-counts.json") << E::None
                                     << QStringLiteral("5h 63% left ⏱2h 10m · week 80% left ⏱4d 19h")
                                     << QStringLiteral("MiniMax-M2");
        QTest::addRow("percent shape") << 200 << fixture("remains-percent.json") << E::None
                                       << QStringLiteral("5h 63% left ⏱2h 10m · week 88% left ⏱4d 19h")
                                       << QStringLiteral("MiniMax-M2.5");
        QTest::addRow("generic record, ratio, ISO reset")
            << 200 << fixture("remains-generic.json") << E::None << QStringLiteral("30m 75% left ⏱2h 10m")
            << QString();
        QTest::addRow("remaining count only")
            << 200
            << QByteArray(R"({"base_resp":{"status_code":0},"model_remains":[{"total":200,"remaining":50}]})")
            << E::None << QStringLiteral("5h 25% left") << QString();
        QTest::addRow("counts win over percent")
            << 200
            << QByteArray(R"({"model_remains":[{"total":100,"used":10,"used_percent":90,"window_hours":1}]})")
            << E::None << QStringLiteral("1h 90% left") << QString();
        QTest::addRow("1004: no coding plan")
            << 200 << QByteArray(R"({"base_resp":{"status_code":1004,"status_msg":"coding plan not found"}})")
            << E::NoCodingPlan << QStringLiteral("No Coding Plan on this account") << QString();
        QTest::addRow("other API error")
            << 200 << QByteArray(R"({"base_resp":{"status_code":2049,"status_msg":"invalid api key"}})")
            << E::Api << QStringLiteral("invalid api key") << QString();
        QTest::addRow("API error without message")
            << 200 << QByteArray(R"({"base_resp":{"status_code":1000}})") << E::Api
            << QStringLiteral("API error") << QString();
        QTest::addRow("HTTP 500") << 500 << QByteArray("oops") << E::Http << QStringLiteral("HTTP 500")
                                  << QString();
        QTest::addRow("HTTP 401") << 401 << QByteArray("{}") << E::Unauthorized << QStringLiteral("HTTP 401")
                                  << QString();
        QTest::addRow("invalid JSON")
            << 200 << QByteArray("<html>") << E::InvalidJson << QStringLiteral("Invalid JSON") << QString();
        QTest::addRow("JSON array") << 200 << QByteArray("[1,2]") << E::InvalidJson
                                    << QStringLiteral("Invalid JSON") << QString();
        QTest::addRow("unsupported shape")
            << 200 << QByteArray(R"({"data":{"hello":"world"}})") << E::UnsupportedShape
            << QStringLiteral("Unsupported response shape") << QString();
        // Token Plan: remaining percentages (1 means 1 %, not a ratio); the chat models' record counts.
        QTest::addRow("token plan")
            << 200
            << QByteArray(R"({"base_resp":{"status_code":0},"model_remains":[)"
                          R"({"model_name":"speech-02","current_interval_remaining_percent":5},)"
                          R"({"model_name":"general","start_time":1795339800000,"end_time":1795357800000,)"
                          R"("current_interval_usage_count":7,"current_interval_total_count":100,)"
                          R"("current_interval_remaining_percent":1,"current_weekly_remaining_percent":40,)"
                          R"("weekly_end_time":1795699200}]})")
            << E::None << QStringLiteral("5h 1% left ⏱2h 10m · week 40% left ⏱4d 1h")
            << QStringLiteral("general");
        QTest::addRow("token plan without a weekly window")
            << 200
            << QByteArray(
                   R"({"model_remains":[{"model_name":"MiniMax-M3","current_interval_remaining_percent":80,)"
                   R"("current_weekly_remaining_percent":100,"current_weekly_status":3}]})")
            << E::None << QStringLiteral("5h 80% left") << QStringLiteral("MiniMax-M3");
    }
    void parse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(CodingPlanUsage::Error, error);
        QFETCH(QString, formatted);
        QFETCH(QString, model);
        const CodingPlanUsage usage = CodingPlanUsage::parse(status, body, kNow);
        QCOMPARE(usage.error, error);
        QCOMPARE(usage.format(kNow), formatted);
        QCOMPARE(usage.model, model);
    }

    void planName()
    {
        const auto usage = CodingPlanUsage::parse(200, fixture("remains-percent.json"), kNow);
        QCOMPARE(usage.plan, QStringLiteral("Coding Plan Plus"));
        QCOMPARE(usage.windows.size(), 2);
        QCOMPARE(usage.windows.at(0).usedPercent, 37.0);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("minutes") << qint64(25 * 60000) << QStringLiteral("25m");
        QTest::addRow("partial minute rounds up") << qint64(61000) << QStringLiteral("2m");
        QTest::addRow("hours") << qint64(130 * 60000) << QStringLiteral("2h 10m");
        QTest::addRow("days") << qint64(2 * 24 * 3600000LL) << QStringLiteral("2d");
    }
    void formatDuration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(CodingPlanUsage::formatDuration(ms), text);
    }

    void fetchAgainstFakeServer_data()
    {
        QTest::addColumn<FakeMiniMaxAuth::QuotaShape>("shape");
        QTest::addColumn<CodingPlanUsage::Error>("error");
        QTest::addColumn<QString>("startsWith");
        QTest::addRow("percent") << FakeMiniMaxAuth::QuotaShape::Percent << CodingPlanUsage::Error::None
                                 << QStringLiteral("5h 63% left ⏱2h 1");
        QTest::addRow("counts") << FakeMiniMaxAuth::QuotaShape::Counts << CodingPlanUsage::Error::None
                                << QStringLiteral("5h 63% left ⏱2h 1");
        QTest::addRow("no plan") << FakeMiniMaxAuth::QuotaShape::NoPlan
                                 << CodingPlanUsage::Error::NoCodingPlan
                                 << QStringLiteral("No Coding Plan on this account");
        QTest::addRow("500") << FakeMiniMaxAuth::QuotaShape::ServerError << CodingPlanUsage::Error::Http
                             << QStringLiteral("HTTP 500");
        QTest::addRow("html") << FakeMiniMaxAuth::QuotaShape::InvalidJson
                              << CodingPlanUsage::Error::InvalidJson << QStringLiteral("Invalid JSON");
        QTest::addRow("unsupported") << FakeMiniMaxAuth::QuotaShape::Unsupported
                                     << CodingPlanUsage::Error::UnsupportedShape
                                     << QStringLiteral("Unsupported response shape");
    }
    void fetchAgainstFakeServer()
    {
        QFETCH(FakeMiniMaxAuth::QuotaShape, shape);
        QFETCH(CodingPlanUsage::Error, error);
        QFETCH(QString, startsWith);
        QNetworkAccessManager nam;
        FakeMiniMaxAuth fake;
        QVERIFY(fake.start());
        fake.quotaShape = shape;
        // Sign in through the fake so it has a token it accepts.
        MiniMaxOAuthFlow flow(&nam);
        flow.setEndpoints({fake.baseUrl(), fake.baseUrl()});
        fake.approveAfterPolls = 0;
        QSignalSpy granted(&flow, &QAbstractOAuth::granted);
        flow.grant();
        QVERIFY(granted.wait(20000));

        CodingPlanQuota quota(&nam);
        quota.setEndpoints({fake.baseUrl(), fake.baseUrl()});
        QSignalSpy done(&quota, &CodingPlanQuota::finished);
        quota.fetch(flow.token());
        QVERIFY(quota.isRunning());
        QVERIFY(done.wait(20000));
        const auto usage = done.at(0).at(0).value<CodingPlanUsage>();
        QCOMPARE(usage.error, error);
        const QString text = usage.format(QDateTime::currentDateTimeUtc());
        QVERIFY2(text.startsWith(startsWith), qPrintable(text));

        const auto requests = fake.requestsTo(QStringLiteral("/v1/api/openplatform/coding_plan/remains"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        QCOMPARE(requests.at(0).headers.value("authorization"), "Bearer " + flow.token().toUtf8());
        QCOMPARE(requests.at(0).headers.value("mm-api-source"), QByteArray("ClawDesk"));
    }

    void tokenPlanFirst_data()
    {
        QTest::addColumn<FakeMiniMaxAuth::TokenPlan>("tokenPlan");
        QTest::addColumn<QString>("startsWith");
        QTest::addColumn<bool>("weekly");
        QTest::addColumn<int>("codingPlanRequests");
        QTest::addRow("token plan") << FakeMiniMaxAuth::TokenPlan::BothWindows
                                    << QStringLiteral("5h 71% left ⏱") << true << 0;
        QTest::addRow("token plan, no weekly window")
            << FakeMiniMaxAuth::TokenPlan::NoWeekly << QStringLiteral("5h 71% left ⏱") << false << 0;
        QTest::addRow("no token plan: coding plan")
            << FakeMiniMaxAuth::TokenPlan::NoPlan << QStringLiteral("5h 63% left ⏱") << true << 1;
        QTest::addRow("endpoint missing: coding plan")
            << FakeMiniMaxAuth::TokenPlan::NotFound << QStringLiteral("5h 63% left ⏱") << true << 1;
    }
    void tokenPlanFirst()
    {
        QFETCH(FakeMiniMaxAuth::TokenPlan, tokenPlan);
        QFETCH(QString, startsWith);
        QFETCH(bool, weekly);
        QFETCH(int, codingPlanRequests);
        QNetworkAccessManager nam;
        FakeMiniMaxAuth fake;
        QVERIFY(fake.start());
        fake.tokenPlan = tokenPlan;
        MiniMaxOAuthFlow flow(&nam);
        flow.setEndpoints({fake.baseUrl(), fake.baseUrl()});
        fake.approveAfterPolls = 0;
        QSignalSpy granted(&flow, &QAbstractOAuth::granted);
        flow.grant();
        QVERIFY(granted.wait(20000));

        CodingPlanQuota quota(&nam);
        quota.setEndpoints({fake.baseUrl(), fake.baseUrl()});
        QSignalSpy done(&quota, &CodingPlanQuota::finished);
        quota.fetch(flow.token());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.size(), 1);
        const auto usage = done.at(0).at(0).value<CodingPlanUsage>();
        QVERIFY2(usage.ok(), qPrintable(usage.errorText));
        const QString text = usage.format(QDateTime::currentDateTimeUtc());
        QVERIFY2(text.startsWith(startsWith), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral(" · week ")), weekly);
        const auto tokenRequests = fake.requestsTo(QStringLiteral("/v1/token_plan/remains"));
        QCOMPARE(tokenRequests.size(), 1);
        QCOMPARE(tokenRequests.at(0).headers.value("authorization"), "Bearer " + flow.token().toUtf8());
        QCOMPARE(fake.requestsTo(QStringLiteral("/v1/api/openplatform/coding_plan/remains")).size(),
                 codingPlanRequests);
    }

    void hosts()
    {
        const auto global = MiniMaxEndpoints::forRegion(MiniMaxRegion::Global);
        const auto cn = MiniMaxEndpoints::forRegion(MiniMaxRegion::Cn);
        QCOMPARE(global.codingPlanRemainsUrl(),
                 QUrl(QStringLiteral("https://api.minimax.io/v1/api/openplatform/coding_plan/remains")));
        QCOMPARE(cn.tokenPlanRemainsUrl(),
                 QUrl(QStringLiteral("https://api.minimaxi.com/v1/token_plan/remains")));
        QCOMPARE(cn.codingPlanRemainsUrl(),
                 QUrl(QStringLiteral("https://api.minimaxi.com/v1/api/openplatform/coding_plan/remains")));
    }
};

QTEST_GUILESS_MAIN(TstCodingPlanQuota)
#include "tst_codingplanquota.moc"
