// The plan quota line of the Overview page and the tray, fetched from a fake MiniMax on 127.0.0.1 with
// the configured key: the Token Plan "remains" endpoint first, the Coding Plan one only when the host
// has no Token Plan; nothing is fetched without a key.
#include "apptestsupport.h"
#include "configcontroller.h"
#include "fakeupstream.h"
#include "quotamonitor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace clawdesk;

class TestQuotaMonitor : public QObject
{
    Q_OBJECT

private slots:
    void showsBothWindows_data();
    void showsBothWindows();
    void noKeyNoRequest();
};

namespace {
const QByteArray TokenPlanPath = "/v1/token_plan/remains";
const QByteArray CodingPlanPath = "/v1/api/openplatform/coding_plan/remains";
} // namespace

void TestQuotaMonitor::showsBothWindows_data()
{
    QTest::addColumn<bool>("tokenPlan");
    QTest::addColumn<QList<QByteArray>>("paths");
    // Today's endpoint answers: one request.
    QTest::addRow("token plan") << true << QList<QByteArray>{TokenPlanPath};
    // A host without it (404): the Coding Plan endpoint, second.
    QTest::addRow("coding plan fallback") << false << QList<QByteArray>{TokenPlanPath, CodingPlanPath};
}

void TestQuotaMonitor::showsBothWindows()
{
    QFETCH(bool, tokenPlan);
    QFETCH(QList<QByteArray>, paths);
    FakeUpstream minimax;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (tokenPlan) {
        // The Token Plan shape: a 5 h window from start/end time and a weekly one, per model; the
        // chat model's record counts, not the image model's before it.
        minimax.addRoute(
            TokenPlanPath,
            FakeUpstream::Script::json(
                200,
                R"({"base_resp":{"status_code":0,"status_msg":"success"},"model_remains":[)"
                R"({"model_name":"image-01","current_interval_remaining_percent":12,"current_interval_status":1},)"
                R"({"model_name":"MiniMax-M3","start_time":)" +
                    QByteArray::number(now - 10200000) + R"(,"end_time":)" +
                    QByteArray::number(now + 7800000) +
                    R"(,"current_interval_remaining_percent":63,"current_interval_status":1,)"
                    R"("current_weekly_remaining_percent":88,"current_weekly_status":1,"weekly_end_time":)" +
                    QByteArray::number(now + 273600000) + "}]}"));
    } else {
        minimax.addRoute(
            CodingPlanPath,
            FakeUpstream::Script::json(
                200,
                "{\"base_resp\":{\"status_code\":0,\"status_msg\":\"success\"},\"data\":{\"model_remains\":[{"
                "\"model_name\":\"MiniMax-M2.1\",\"interval_hours\":5,\"interval_remaining_percent\":63,"
                "\"interval_end_time\":" +
                    QByteArray::number(now + 7800000) +
                    ",\"weekly_remaining_percent\":88,\"weekly_end_time\":" +
                    QByteArray::number(now + 273600000) + "}]}}"));
    }
    qputenv("CLAWDESK_MINIMAX_API_BASE", minimax.url("").toString().toUtf8());
    apptest::StateDir dir;
    dir.write("{ env: { vars: { MINIMAX_CODE_PLAN_KEY: \"cp-key-0000000000000000000001\" } } }");
    ConfigController config(dir.paths, {});
    QNetworkAccessManager network;
    QuotaMonitor monitor(&config, &network);
    QSignalSpy changed(&monitor, &QuotaMonitor::changed);
    monitor.refresh();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.count(), 1); // one answer, after the fallback when there is one
    QVERIFY2(monitor.available(), qPrintable(monitor.error()));
    QVERIFY2(monitor.text().startsWith(QStringLiteral("5h 63% left")), qPrintable(monitor.text()));
    QVERIFY(monitor.text().contains(QStringLiteral("week 88% left")));
    QList<QByteArray> asked;
    for (const HttpRequest &request : minimax.requests()) {
        asked.append(request.path);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer cp-key-0000000000000000000001"));
    }
    QCOMPARE(asked, paths);
    qunsetenv("CLAWDESK_MINIMAX_API_BASE");
}

void TestQuotaMonitor::noKeyNoRequest()
{
    FakeUpstream minimax;
    qputenv("CLAWDESK_MINIMAX_API_BASE", minimax.url("").toString().toUtf8());
    apptest::StateDir dir;
    dir.write("{}");
    ConfigController config(dir.paths, {});
    QNetworkAccessManager network;
    QuotaMonitor monitor(&config, &network);
    monitor.refresh();
    QTest::qWait(200);
    QVERIFY(!monitor.available());
    QVERIFY(minimax.requests().isEmpty());
    qunsetenv("CLAWDESK_MINIMAX_API_BASE");
}

QTEST_MAIN(TestQuotaMonitor)
#include "tst_quotamonitor.moc"
