// The Coding Plan quota line of the Overview page and the tray, fetched from a fake MiniMax
// "remains" endpoint on 127.0.0.1 with the configured key; nothing is fetched without a key.
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
    void showsBothWindows();
    void noKeyNoRequest();
};

void TestQuotaMonitor::showsBothWindows()
{
    FakeUpstream minimax;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    minimax.addRoute(
        "/v1/api/openplatform/coding_plan/remains",
        FakeUpstream::Script::json(
            200,
            "{\"base_resp\":{\"status_code\":0,\"status_msg\":\"success\"},\"data\":{\"model_remains\":[{"
            "\"model_name\":\"MiniMax-M2.1\",\"interval_hours\":5,\"interval_remaining_percent\":63,"
            "\"interval_end_time\":" +
                QByteArray::number(now + 7800000) + ",\"weekly_remaining_percent\":88,\"weekly_end_time\":" +
                QByteArray::number(now + 273600000) + "}]}}"));
    qputenv("CLAWDESK_MINIMAX_API_BASE", minimax.url("").toString().toUtf8());
    apptest::StateDir dir;
    dir.write("{ env: { MINIMAX_CODE_PLAN_KEY: \"cp-key-0000000000000000000001\" } }");
    ConfigController config(dir.paths, {});
    QNetworkAccessManager network;
    QuotaMonitor monitor(&config, &network);
    QSignalSpy changed(&monitor, &QuotaMonitor::changed);
    monitor.refresh();
    QVERIFY(changed.wait(10000));
    QVERIFY2(monitor.available(), qPrintable(monitor.error()));
    QVERIFY2(monitor.text().startsWith(QStringLiteral("5h 63% left")), qPrintable(monitor.text()));
    QVERIFY(monitor.text().contains(QStringLiteral("week 88% left")));
    QCOMPARE(minimax.requests().size(), 1);
    QCOMPARE(minimax.requests().first().headers.value("authorization"),
             QByteArray("Bearer cp-key-0000000000000000000001"));
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
