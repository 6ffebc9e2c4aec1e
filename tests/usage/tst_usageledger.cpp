// The usage ledger: rows written in batches off the request path, totals and breakdowns, and
// `clawdesk usage` reading them.
#include "clirunner.h"
#include "usageledger.h"
#include "usagereport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace clawdesk;

class TestUsageLedger : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndReports();
    void manyWritersLoseNothing();
    void parseSince_data();
    void parseSince();
    void cliUsage();

private:
    static RequestRecord request(const QString &served, const QString &provider, qint64 in, qint64 out,
                                 double cost, const QDateTime &time, int status = 200,
                                 QStringList attempts = {})
    {
        RequestRecord r;
        r.time = time;
        r.clientApi = QStringLiteral("anthropic-messages");
        r.requestedModel = QStringLiteral("claude-sonnet-4-5");
        r.servedModel = served;
        r.provider = provider;
        r.status = status;
        r.inputTokens = in;
        r.outputTokens = out;
        r.costUsd = cost;
        r.attempts = attempts;
        r.latencyMs = 12;
        return r;
    }
};

void TestUsageLedger::recordsAndReports()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.sqlite"));
    const QDateTime now = QDateTime::currentDateTime();
    {
        UsageLedger ledger(path);
        ledger.record(request("minimax/MiniMax-M2.1", "minimax", 1000, 500, 0.0464, now));
        ledger.record(request("minimax/MiniMax-M2.1", "minimax", 10, 5, 0.001, now, 200,
                              {"anthropic/claude-opus-4-6: HTTP 429 (rate_limit)"}));
        ledger.record(request("anthropic/claude-opus-4-6", "anthropic", 100, 50, 0.5, now.addDays(-1)));
        ledger.record(request("", "", 0, 0, 0, now, 502, {"a/b: refused (connection)"}));
        ledger.record(request("anthropic/claude-opus-4-6", "anthropic", 7, 7, 9, now.addDays(-40)));
    } // destruction writes what is queued

    const UsageReport report(path);
    QVERIFY2(report.isOpen(), qPrintable(report.errorString()));
    const UsageTotals week = report.totals(now.addDays(-7));
    QCOMPARE(week.requests, 4);
    QCOMPARE(week.failedOver, 1);
    QCOMPARE(week.errors, 1);
    QCOMPARE(week.inputTokens, 1110);
    QCOMPARE(week.outputTokens, 555);
    QVERIFY(qAbs(week.costUsd - 0.5474) < 1e-9);

    const QList<UsageTotals> byModel = report.breakdown(now.addDays(-7), UsageReport::GroupBy::Model);
    QCOMPARE(byModel.size(), 3);
    QCOMPARE(byModel.first().key, QStringLiteral("anthropic/claude-opus-4-6")); // most expensive first
    QCOMPARE(byModel.at(1).key, QStringLiteral("minimax/MiniMax-M2.1"));
    QCOMPARE(byModel.at(1).requests, 2);
    QCOMPARE(byModel.at(2).key, QStringLiteral("claude-sonnet-4-5")); // nothing served: the requested name
    const QList<UsageTotals> byDay = report.breakdown(now.addDays(-7), UsageReport::GroupBy::Day);
    QCOMPARE(byDay.size(), 2);
    QCOMPARE(byDay.last().key, now.date().toString(Qt::ISODate));
    QCOMPARE(report.totals(QDateTime::fromMSecsSinceEpoch(0)).requests, 5);
}

void TestUsageLedger::manyWritersLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.sqlite"));
    constexpr int Threads = 4;
    constexpr int PerThread = 2500;
    {
        UsageLedger ledger(path);
        QList<QThread *> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.append(QThread::create([&ledger] {
                for (int i = 0; i < PerThread; ++i)
                    ledger.record(request("p/m", "p", 1, 2, 0.001, QDateTime::currentDateTime()));
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        ledger.flush();
        const UsageReport report(path);
        QCOMPARE(report.totals(QDateTime::fromMSecsSinceEpoch(0)).requests, Threads * PerThread);
    }
}

void TestUsageLedger::parseSince_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime now(QDate(2026, 11, 21), QTime(15, 30));
    QTest::addRow("default") << "" << now.addDays(-7);
    QTest::addRow("hours") << "24h" << now.addSecs(-24 * 3600);
    QTest::addRow("days") << "30d" << now.addDays(-30);
    QTest::addRow("weeks") << "2w" << now.addDays(-14);
    QTest::addRow("today") << "today" << QDateTime(QDate(2026, 11, 21), QTime(0, 0));
    QTest::addRow("date") << "2026-11-01" << QDateTime(QDate(2026, 11, 1), QTime(0, 0));
    QTest::addRow("garbage") << "soon" << QDateTime();
}

void TestUsageLedger::parseSince()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(UsageReport::parseSince(text, QDateTime(QDate(2026, 11, 21), QTime(15, 30))), expected);
}

void TestUsageLedger::cliUsage()
{
    CliRunner cli;
    const QString path = cli.home() + QStringLiteral("/usage.sqlite");
    {
        UsageLedger ledger(path);
        ledger.record(
            request("minimax/MiniMax-M2.1", "minimax", 1000, 500, 0.0464, QDateTime::currentDateTime()));
        ledger.record(
            request("lmstudio/minimax-m2.1-gs32", "lmstudio", 2000, 100, 0, QDateTime::currentDateTime()));
    }
    cli.setEnv(QStringLiteral("CLAWDESK_USAGE_DB"), path);
    const auto text = cli.run({"usage", "--by", "provider"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Requests : 2 (0 failed over, 0 errors)")),
             qPrintable(text.out));
    QVERIFY(
        text.out.contains(QStringLiteral("Tokens   : input 3,000, output 600, cache read 0, cache write 0")));
    QVERIFY(text.out.contains(QStringLiteral("Cost     : $0.0464")));
    QVERIFY(text.out.contains(QStringLiteral("minimax ")));
    const auto json = cli.run({"usage", "--json", "--since", "today"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"totals").toObject().value(u"requests").toInt(), 2);
    QCOMPARE(root.value(u"breakdown").toArray().size(), 2);
    const auto bad = cli.run({"usage", "--by", "color"});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.err, QStringLiteral("Error: --by takes model, provider or day, not \"color\".\n"));
    CliRunner empty;
    empty.setEnv(QStringLiteral("CLAWDESK_USAGE_DB"), empty.home() + QStringLiteral("/none.sqlite"));
    QVERIFY(empty.run({"usage"}).out.contains(QStringLiteral("No requests recorded.")));
}

QTEST_GUILESS_MAIN(TestUsageLedger)
#include "tst_usageledger.moc"
